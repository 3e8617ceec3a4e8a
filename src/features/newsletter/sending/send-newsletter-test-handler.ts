import type { TaskHandler } from 'payload'

// SCAFFOLD: replaced by the real handler before this lands.
export const sendNewsletterTest: TaskHandler<'sendNewsletterTest'> = async () => {
  throw new Error('sendNewsletterTest: not built yet')
}

import type { TaskHandler } from 'payload'

// SCAFFOLD: replaced by the real handler before this lands.
export const sendNewsletterBatch: TaskHandler<'sendNewsletterBatch'> = async () => {
  throw new Error('sendNewsletterBatch: not built yet')
}

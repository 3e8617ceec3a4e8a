import type { TaskHandler } from 'payload'

// SCAFFOLD: replaced by the real handler before this lands.
export const sendNewsletter: TaskHandler<'sendNewsletter'> = async () => {
  throw new Error('sendNewsletter: not built yet')
}

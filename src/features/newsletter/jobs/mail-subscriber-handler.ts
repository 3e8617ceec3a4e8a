import type { TaskHandler } from 'payload'

// SCAFFOLD: replaced by the real handler before this lands.
export const mailSubscriber: TaskHandler<'mailSubscriber'> = async () => {
  throw new Error('mailSubscriber: not built yet')
}

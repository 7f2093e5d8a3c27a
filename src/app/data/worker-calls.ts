/**
 * Calls to a worker that answers each message with a reply carrying the message's `id`: the
 * returned function posts `{ id, ...message }` (moving `transfer`, not copying it) and resolves with
 * the reply of that id.
 */
export function workerCalls<R extends { id: number }>(
  worker: Worker,
): (message: object, transfer?: Transferable[]) => Promise<R> {
  const waiting = new Map<number, (reply: R) => void>();
  let next = 0;
  worker.onmessage = ({ data }: MessageEvent<R>) => {
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  };
  return (message, transfer = []) =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      worker.postMessage({ id, ...message }, transfer);
    });
}

/// <reference lib="webworker" />
import { assembleFile, type AssemblyReply, type AssemblyRequest } from './file-assembly';

// One file per worker: the page starts a worker for an export and ends it when the bytes are back.
self.onmessage = async (event: MessageEvent<AssemblyRequest>) => {
  const reply = (message: AssemblyReply, transfer: Transferable[] = []) =>
    self.postMessage(message, transfer);
  try {
    const bytes = await assembleFile(event.data);
    reply({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    reply({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};

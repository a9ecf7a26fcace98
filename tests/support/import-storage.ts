import { closeStorage, DATABASE_NAME } from '@/features/import/storage';

/** Forgets every stored import, as a fresh browser profile would. Needs fake-indexeddb. */
export async function clearStorage() {
  await closeStorage();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** A database as release 1 left it (stores datasets and settings), holding `records` by slot. */
export async function versionOneDatabase(records: Record<string, unknown>) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('datasets');
      request.result.createObjectStore('settings');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('datasets', 'readwrite');
    for (const [slot, record] of Object.entries(records))
      transaction.objectStore('datasets').put(record, slot);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

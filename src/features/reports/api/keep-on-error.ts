import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';

/**
 * When a request for new filters fails, the figures already on screen stay there instead of
 * vanishing; the card marks them stale (isError with data) and offers a retry. Placeholder data
 * alone would not do: React Query drops it as soon as the new request errors.
 */
export function useKeptOnError<T>(query: UseQueryResult<T>): UseQueryResult<T> {
  const [lastShown, setLastShown] = useState<T | undefined>(query.data);
  if (query.data !== undefined && query.data !== lastShown) setLastShown(query.data);
  if (query.data !== undefined || !query.isError || lastShown === undefined) return query;
  return { ...query, data: lastShown } as UseQueryResult<T>;
}

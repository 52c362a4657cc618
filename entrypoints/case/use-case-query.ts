import { useCallback, useEffect, useRef, useState } from 'react';
import { formatQuery, parseQuery, type CaseQuery } from '../../lib/case-page/filters';

export type UpdateQuery = (patch: Partial<CaseQuery>, history?: 'push' | 'replace') => void;

/**
 * The list query lives in the page URL: read at start and on Back/Forward; filter edits replace the history
 * entry, opening an order pushes one (Back returns to the previous order).
 */
export function useCaseQuery(): [CaseQuery, UpdateQuery] {
  const [query, setQuery] = useState(() => parseQuery(location.search));
  const latest = useRef(query);
  useEffect(() => {
    const onPop = () => {
      latest.current = parseQuery(location.search);
      setQuery(latest.current);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback<UpdateQuery>((patch, mode = 'replace') => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    const url = location.pathname + formatQuery(next);
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    setQuery(next);
  }, []);
  return [query, update];
}

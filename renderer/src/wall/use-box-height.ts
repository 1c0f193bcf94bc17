import { useLayoutEffect, useRef, useState } from 'react';

/** A box's height as it is laid out, kept as the window or the grid around it changes size. */
export function useBoxHeight<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    setHeight(box.clientHeight);
    const observer = new ResizeObserver(() => setHeight(box.clientHeight));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, height];
}

import { useEffect } from 'preact/hooks';

/** Sets the page's title while the component is shown, and puts the previous one back after. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}

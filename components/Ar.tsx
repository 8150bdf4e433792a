import type { ReactNode } from 'react';

/**
 * An Arabic fragment (a source's name, a cue, a claim) inside UI text: isolated so that it keeps its own
 * right-to-left order and does not reorder the numbers and punctuation around it in the English UI.
 */
export function Ar({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="rtl" lang="ar" className={className}>
      {children}
    </bdi>
  );
}

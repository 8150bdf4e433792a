import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import type { Lang } from '../strings';

export interface ToastState {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** When set, the toast offers Undo and takes focus (the deleted item's buttons are gone). */
  undo?: () => void;
}

/** A polite live region, always mounted so screen readers announce what appears in it. */
export function Toast({ toast, lang, onClose }: { toast: ToastState | null; lang: Lang; onClose(): void }) {
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!toast) return;
    // An undo offer stays until dismissed or replaced (no time limit on undoing); plain notices fade.
    if (toast.undo) {
      undoRef.current?.focus();
      return;
    }
    const timer = setTimeout(onClose, 6_000);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className={`toast ${toast.tone}`}>
          <span>{toast.message}</span>
          {toast.undo && (
            <button type="button" ref={undoRef} onClick={toast.undo}>
              {t('undo', lang)}
            </button>
          )}
          <button type="button" className="icon" aria-label={t('dismiss', lang)} onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

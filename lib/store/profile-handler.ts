import type { IsnadDB } from './db';
import { profileContext, recordRead } from './profile';
import { ProfileContextMessageSchema, ProfileReadMessageSchema } from './profile-schema';

/** Who sent a message (runtime.MessageSender, reduced to what is checked here). */
export interface ProfileSender {
  url?: string;
  tab?: unknown;
}

/**
 * The outlet profile's two messages, each allowed from one kind of sender only:
 *   - `profile-read` from a content script (a sender with a tab): the record is keyed by the sender's own URL,
 *     so a page can only ever write the record of its own address, once;
 *   - `profile-context` from an extension page (sender URL under `extensionBase`): the panel's line.
 * Returns null for any other message; never throws.
 */
export async function handleProfileMessage(
  raw: unknown,
  sender: ProfileSender,
  db: IsnadDB,
  extensionBase: string,
): Promise<unknown> {
  const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  try {
    if (type === 'profile-read') {
      const msg = ProfileReadMessageSchema.safeParse(raw);
      if (!msg.success || !sender.tab || !sender.url || sender.url.startsWith(extensionBase)) return { ok: false };
      return { ok: await recordRead(db, sender.url, msg.data) };
    }
    if (type === 'profile-context') {
      const msg = ProfileContextMessageSchema.safeParse(raw);
      if (!msg.success || !sender.url?.startsWith(extensionBase)) return { ok: false };
      return { ok: true, context: await profileContext(db, msg.data.url) };
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  return null;
}

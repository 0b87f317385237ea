// "Sync sheet now": ask for a sheet sync (POST users/sync_sheet/, a Cloud Task a few seconds later):
// what the user typed in their sheet comes back as their edits, changed rows go out. The sync says
// nothing when it ends, so the page looks a few times whether the table changed and shows it then.
import { api } from "./api.js";
import { h, notice, replace } from "./dom.js";

const LOOK_EVERY_MS = 2000;
const LOOKS = 30;

export function syncSheetButton(reloadIfChanged, liveMessage) {
  const button = h("button", { type: "button", class: "button", id: "sync-sheet" }, "Sync sheet now");
  let timer = null;
  button.addEventListener("click", async () => {
    button.disabled = true;
    clearTimeout(timer);
    try {
      await api.post("users/sync_sheet/");
      replace(liveMessage, notice("success", "Syncing with your sheet: what you typed there shows here in a few seconds."));
      let left = LOOKS;
      const look = async () => {
        if (!button.isConnected) return; // another screen now
        const changed = await reloadIfChanged().catch(() => false);
        left -= 1;
        if (!changed && left > 0) timer = setTimeout(look, LOOK_EVERY_MS);
      };
      timer = setTimeout(look, LOOK_EVERY_MS);
    } catch (error) {
      replace(liveMessage, notice("error", `Not synced: ${error.message}`));
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

// The notice a merge or split leaves: what happened, and a button that undoes it (its undo token).
import { api } from "./api.js";
import { h, notice, replace } from "./dom.js";

export function undoNotice(region, text, token, reload) {
  const undo = h(
    "button",
    {
      type: "button",
      class: "button small",
      id: "undo",
      onclick: async () => {
        undo.disabled = true;
        try {
          await api.post("jobs/undo/", { undo_token: token });
          replace(region, notice("success", "Undone."));
          reload();
        } catch (error) {
          replace(region, notice("error", `Not undone: ${error.message}`));
        }
      },
    },
    "Undo",
  );
  replace(region, notice("success", text, " ", undo));
}

// A confirm dialog built on <dialog> (focus trapped, Escape cancels), not window.confirm.
import { h } from "./dom.js";

export function confirmDialog(title, text, action) {
  return new Promise((resolve) => {
    const dialog = h(
      "dialog",
      { class: "confirm", "aria-labelledby": "confirm-title", "aria-describedby": "confirm-text" },
      h("h2", { id: "confirm-title" }, title),
      h("p", { id: "confirm-text" }, text),
      h(
        "form",
        { method: "dialog", class: "actions" },
        h("button", { value: "cancel", class: "button", autofocus: true }, "Cancel"),
        h("button", { value: "confirm", class: "button danger", id: "confirm-action" }, action),
      ),
    );
    dialog.addEventListener("close", () => {
      resolve(dialog.returnValue === "confirm");
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

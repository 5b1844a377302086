// The simulator page: every tap or message goes to /simulator/send, which signs a real
// webhook event and posts it to the bot; the bot's answers are read from the LINE
// emulator's inbox (/emulator/_messages) and drawn as LINE draws them, and so is the rich
// menu LINE would show this user (/emulator/_richmenus/shown).
"use strict";

(() => {
  const config = JSON.parse(document.getElementById("config").textContent);
  const chat = document.getElementById("chat");
  const quickBar = document.getElementById("quick-replies");
  const typing = document.getElementById("typing");
  const residentSelect = document.getElementById("resident");
  const textInput = document.getElementById("text");
  const notice = document.getElementById("notice");
  const POLL_MS = 700;
  const SAFE_URL = /^(https?:|tel:|line:)/i;

  const state = { userId: null, since: 0, generation: 0, pendingOwn: [] };

  // ---- residents (each their own LINE user id, kept in localStorage) ---------------
  function newUserId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return "U" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  function userIdFor(key, fresh) {
    const storageKey = "tsunagu.simulator.user." + key;
    let id = localStorage.getItem(storageKey);
    if (!id || fresh) {
      id = newUserId();
      localStorage.setItem(storageKey, id);
    }
    return id;
  }
  function currentResident() {
    return config.residents.find((r) => r.key === residentSelect.value) || config.residents[0];
  }
  for (const r of config.residents) {
    const option = document.createElement("option");
    option.value = r.key;
    option.textContent = `${r.name}（${r.note}）`;
    residentSelect.appendChild(option);
  }
  residentSelect.value = localStorage.getItem("tsunagu.simulator.resident") || config.residents[0].key;

  // ---- small DOM helpers ---------------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function clock(ms) {
    const d = new Date(ms || Date.now());
    return `${d.getHours()}:${String(d.getMinutes()).padStart(2, "0")}`;
  }
  function scrollDown() { chat.scrollTop = chat.scrollHeight; }
  function say(message) {
    notice.textContent = message;
    notice.hidden = false;
    setTimeout(() => { notice.hidden = true; }, 4000);
  }

  // ---- rows ------------------------------------------------------------------------------
  function addBotRow(content, time, seq) {
    const previous = chat.lastElementChild;
    const continued = previous && previous.classList.contains("row-bot");
    const row = el("div", "row row-bot" + (continued ? " continued" : ""));
    row.dataset.seq = seq;
    row.appendChild(el("div", "avatar", config.botName.slice(0, 1)));
    const column = el("div", "bot-column");
    column.appendChild(el("div", "sender", config.botName));
    const line = el("div", "bubble-line");
    line.appendChild(content);
    line.appendChild(el("div", "meta", clock(time)));
    column.appendChild(line);
    row.appendChild(column);
    chat.appendChild(row);
    for (const read of chat.querySelectorAll(".meta.unread")) {
      read.classList.remove("unread");
      read.textContent = "既読\n" + read.textContent;
    }
    scrollDown();
  }
  function addOwnRow(text, time) {
    const row = el("div", "row row-user");
    const line = el("div", "bubble-line");
    line.appendChild(el("div", "bubble bubble-user", text));
    line.appendChild(el("div", "meta unread", clock(time)));
    row.appendChild(line);
    chat.appendChild(row);
    scrollDown();
  }
  function addNote(text) {
    const note = chat.appendChild(el("div", "system-note", text));
    scrollDown();
    return note;
  }

  // ---- actions -------------------------------------------------------------------------
  function perform(action) {
    switch (action.type) {
      case "message":
        return sendText(action.text || action.label || "");
      case "postback":
        return send(
          { kind: "postback", data: action.data || "", display_text: action.displayText || action.text || null },
          action.displayText || action.text || null,
        );
      case "location":
        return send({ kind: "location" }, "(位置情報)");
      case "camera":
      case "cameraRoll":
        return send({ kind: "image" }, "(写真)");
      case "uri":
        if (SAFE_URL.test(action.uri || "")) return void window.open(action.uri, "_blank", "noopener");
        return say("このリンクは開けません");
      case "clipboard":
        navigator.clipboard && navigator.clipboard.writeText(action.clipboardText || "");
        return say("コピーしました");
      default:
        return say("この操作はシミュレーターでは使えません");
    }
  }
  function pickerInput(action) {
    const input = document.createElement("input");
    input.type = { date: "date", time: "time", datetime: "datetime-local" }[action.mode] || "date";
    if (action.initial) input.value = action.initial;
    if (action.min) input.min = action.min;
    if (action.max) input.max = action.max;
    input.addEventListener("change", () => {
      if (!input.value) return;
      const key = action.mode === "datetime" ? "datetime" : action.mode || "date";
      send({ kind: "postback", data: action.data || "", params: { [key]: input.value } }, null);
    });
    return input;
  }
  // An action as something to tap. `look` is the class (flex-button, chip, or plain).
  function actionControl(action, look) {
    const label = action.label || "";
    if (action.type === "uri" && SAFE_URL.test(action.uri || "")) {
      const link = el("a", look, label);
      link.href = action.uri;
      if (!/^tel:/i.test(action.uri)) { link.target = "_blank"; link.rel = "noopener"; }
      return link;
    }
    if (action.type === "datetimepicker") {
      const wrap = el("label", look + " picker");
      wrap.appendChild(el("span", "", label));
      wrap.appendChild(pickerInput(action));
      return wrap;
    }
    const button = el("button", look, label);
    button.type = "button";
    button.addEventListener("click", () => perform(action));
    return button;
  }

  // ---- templates ----------------------------------------------------------------------
  function templateCard(column, kind) {
    const card = el("div", "card " + kind);
    if (column.thumbnailImageUrl && SAFE_URL.test(column.thumbnailImageUrl)) {
      const img = el("img", "thumb");
      img.src = column.thumbnailImageUrl;
      img.alt = "";
      card.appendChild(img);
    }
    if (column.title) card.appendChild(el("div", "card-title", column.title));
    card.appendChild(el("div", "card-text", column.text || ""));
    const actions = el("div", "card-actions");
    for (const action of column.actions || []) actions.appendChild(actionControl(action, ""));
    card.appendChild(actions);
    return card;
  }
  function renderTemplate(template) {
    if (template.type === "buttons" || template.type === "confirm") {
      return templateCard(template, template.type);
    }
    const row = el("div", "carousel");
    for (const column of template.columns || []) {
      if (template.type === "image_carousel") {
        const card = el("div", "card");
        const img = el("img", "thumb");
        if (SAFE_URL.test(column.imageUrl || "")) img.src = column.imageUrl;
        card.appendChild(img);
        const actions = el("div", "card-actions");
        actions.appendChild(actionControl(column.action || {}, ""));
        card.appendChild(actions);
        row.appendChild(card);
      } else {
        row.appendChild(templateCard(column, "buttons"));
      }
    }
    return row;
  }

  // ---- Flex Messages -----------------------------------------------------------------
  const FONT = { xxs: 12, xs: 13, sm: 15, md: 17, lg: 19, xl: 22, xxl: 26, "3xl": 30, "4xl": 36, "5xl": 44 };
  const SPACE = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 };
  function space(value) {
    if (value === undefined || value === null) return null;
    return value in SPACE ? SPACE[value] + "px" : value;
  }
  function applyBoxStyle(node, c) {
    const s = node.style;
    if (c.backgroundColor) s.backgroundColor = c.backgroundColor;
    if (c.cornerRadius) s.borderRadius = space(c.cornerRadius);
    if (c.borderWidth) s.border = `${c.borderWidth === "light" ? "1px" : c.borderWidth} solid ${c.borderColor || "#ccc"}`;
    for (const side of ["All", "Top", "Bottom", "Start", "End"]) {
      const value = space(c["padding" + side]);
      if (value === null) continue;
      if (side === "All") s.padding = value;
      else s[{ Top: "paddingTop", Bottom: "paddingBottom", Start: "paddingLeft", End: "paddingRight" }[side]] = value;
    }
    if (c.width) s.width = c.width;
    if (c.height) s.height = c.height;
    if (c.justifyContent) s.justifyContent = c.justifyContent.replace("flex-", "");
    if (c.alignItems) s.alignItems = c.alignItems.replace("flex-", "");
  }
  function flexComponent(c, parentLayout) {
    let node;
    switch (c.type) {
      case "box":
        node = el("div", "flex-box " + (c.layout || "vertical"));
        applyBoxStyle(node, c);
        (c.contents || []).forEach((child, i) => {
          const childNode = flexComponent(child, c.layout || "vertical");
          if (i > 0 && c.spacing && !child.margin && childNode.style) {
            childNode.style[c.layout === "vertical" ? "marginTop" : "marginLeft"] = space(c.spacing);
          }
          node.appendChild(childNode);
        });
        break;
      case "text":
        node = el("div", "flex-text " + (c.wrap ? "wrap" : "nowrap"));
        if (c.contents && c.contents.length) {
          for (const span of c.contents) {
            const part = el("span", "", span.text || "");
            if (span.color) part.style.color = span.color;
            if (span.weight === "bold") part.style.fontWeight = "700";
            if (span.size) part.style.fontSize = (FONT[span.size] || 17) + "px";
            node.appendChild(part);
          }
        } else {
          node.textContent = c.text || "";
        }
        node.style.fontSize = (FONT[c.size] || FONT.md) + "px";
        if (c.weight === "bold") node.style.fontWeight = "700";
        if (c.color) node.style.color = c.color;
        if (c.align) node.style.textAlign = c.align === "start" ? "left" : c.align === "end" ? "right" : "center";
        if (c.decoration === "line-through") node.style.textDecoration = "line-through";
        if (c.decoration === "underline") node.style.textDecoration = "underline";
        break;
      case "button": {
        const action = c.action || {};
        node = actionControl(action, `flex-button ${c.style || "link"} ${c.height === "sm" ? "sm" : ""}`);
        if (c.color) {
          if ((c.style || "link") === "link") node.style.color = c.color;
          else node.style.backgroundColor = c.color;
        }
        break;
      }
      case "separator":
        node = el("hr", "flex-separator");
        if (c.color) node.style.borderTopColor = c.color;
        break;
      case "image":
      case "icon":
        node = el("img", c.type === "icon" ? "flex-icon" : "flex-image" + (c.aspectMode === "fit" ? " fit" : ""));
        if (SAFE_URL.test(c.url || "")) node.src = c.url;
        node.alt = "";
        if (c.aspectRatio) node.style.aspectRatio = c.aspectRatio.replace(":", " / ");
        break;
      case "filler":
        node = el("div", "flex-filler");
        break;
      case "spacer":
        node = el("div", "");
        node.style.height = space(c.size || "md");
        break;
      default:
        node = el("div", "");
    }
    // LINE: flex 0 keeps the content's own width; a larger flex shares the free space.
    if (c.flex !== undefined && node.style) node.style.flex = c.flex === 0 ? "0 0 auto" : `${c.flex} 1 0`;
    else if (parentLayout === "horizontal" || parentLayout === "baseline") node.style.flex = "1 1 0";
    if (c.margin && node.style) node.style[parentLayout === "vertical" ? "marginTop" : "marginLeft"] = space(c.margin);
    if (c.gravity === "center" && node.style) node.style.alignSelf = "center";
    if (c.action && c.type !== "button") {
      node.style.cursor = "pointer";
      node.addEventListener("click", () => perform(c.action));
    }
    return node;
  }
  function flexBubble(bubble) {
    const node = el("div", "flex-bubble" + (bubble.size ? " size-" + bubble.size : ""));
    const styles = bubble.styles || {};
    for (const part of ["header", "hero", "body", "footer"]) {
      if (!bubble[part]) continue;
      const section = el("div", "flex-section " + part);
      if (styles[part] && styles[part].backgroundColor) section.style.backgroundColor = styles[part].backgroundColor;
      if (styles[part] && styles[part].separator) section.style.borderTop = "1px solid #e3e6ea";
      if (part === "footer") section.style.paddingTop = "0";
      section.appendChild(flexComponent(bubble[part], "vertical"));
      node.appendChild(section);
    }
    return node;
  }
  function renderFlex(contents) {
    if (contents.type === "carousel") {
      const row = el("div", "carousel");
      for (const bubble of contents.contents || []) row.appendChild(flexBubble(bubble));
      return row;
    }
    return flexBubble(contents);
  }

  // ---- one LINE message --------------------------------------------------------------
  function renderMessage(message) {
    switch (message.type) {
      case "text":
        return el("div", "bubble bubble-bot", message.text);
      case "template":
        return renderTemplate(message.template || {});
      case "flex":
        return renderFlex(message.contents || {});
      case "sticker":
        return el("div", "sticker", "🙂");
      case "image": {
        const wrap = el("div", "image-message");
        const img = el("img");
        if (SAFE_URL.test(message.previewImageUrl || "")) img.src = message.previewImageUrl;
        img.alt = "画像";
        wrap.appendChild(img);
        return wrap;
      }
      case "location":
        return el("div", "bubble bubble-bot", `📍 ${message.title || ""}\n${message.address || ""}`);
      default:
        return el("div", "bubble bubble-bot", message.altText || `(${message.type})`);
    }
  }
  function showQuickReplies(message) {
    quickBar.replaceChildren();
    const items = (message && message.quickReply && message.quickReply.items) || [];
    for (const item of items) quickBar.appendChild(actionControl(item.action || {}, "chip"));
    quickBar.hidden = items.length === 0;
    scrollDown();
  }

  // ---- the rich menu: the user's own linked menu, else the default --------------------
  const richMenu = {
    box: document.getElementById("richmenu"),
    bar: document.getElementById("richmenu-bar"),
    title: document.getElementById("richmenu-title"),
    panel: document.getElementById("richmenu-panel"),
    shownId: null,
  };
  function setRichMenuOpen(open) {
    richMenu.panel.hidden = !open;
    richMenu.bar.setAttribute("aria-expanded", String(open));
    scrollDown();
  }
  // An area as a button over the image, placed in percent of the menu's own size.
  function richMenuArea(area, size) {
    const action = area.action || {};
    const button = el("button", "richmenu-area");
    button.type = "button";
    button.setAttribute("aria-label", action.label || action.displayText || action.text || "");
    const { x, y, width, height } = area.bounds;
    const percent = (part, whole) => `${(100 * part) / whole}%`;
    Object.assign(button.style, {
      left: percent(x, size.width),
      top: percent(y, size.height),
      width: percent(width, size.width),
      height: percent(height, size.height),
    });
    button.addEventListener("click", () => perform(action));
    return button;
  }
  function drawRichMenu(menu) {
    richMenu.shownId = menu ? menu.richMenuId : null;
    richMenu.box.hidden = !menu;
    if (!menu) return;
    const image = el("img", "richmenu-image");
    image.src = `/emulator/_richmenus/${encodeURIComponent(menu.richMenuId)}/image`;
    image.alt = "";
    const areas = (menu.areas || []).map((area) => richMenuArea(area, menu.size));
    richMenu.panel.replaceChildren(image, ...areas);
    richMenu.panel.style.aspectRatio = `${menu.size.width} / ${menu.size.height}`;
    richMenu.title.textContent = menu.chatBarText || "メニュー";
    setRichMenuOpen(Boolean(menu.selected));
  }
  async function pollRichMenu() {
    const generation = state.generation;
    try {
      const url = `/emulator/_richmenus/shown?user_id=${encodeURIComponent(state.userId)}`;
      const menu = (await (await fetch(url)).json()).richMenu;
      if (generation !== state.generation) return;
      if ((menu ? menu.richMenuId : null) !== richMenu.shownId) drawRichMenu(menu);
    } catch (error) {
      /* the next poll tries again */
    }
  }

  // ---- talking to the server ---------------------------------------------------------
  async function send(payload, ownText) {
    const resident = currentResident();
    const hint = document.getElementById("hint");
    if (hint) hint.remove();
    quickBar.hidden = true;
    if (ownText) addOwnRow(ownText, Date.now());
    const body = { user_id: state.userId, display_name: resident.name, ...payload };
    try {
      const response = await fetch("/simulator/send", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const answer = await response.json();
      if (!response.ok || answer.webhook_status !== 200) {
        say(answer.message || `ボットが受け取れませんでした (${answer.webhook_status || response.status})`);
      }
    } catch (error) {
      say("サーバーにつながりません");
    }
    poll();
  }
  function sendText(text) {
    if (!text.trim()) return;
    send({ kind: "text", text }, text);
  }

  async function poll() {
    const generation = state.generation;
    try {
      const url = `/emulator/_messages?user_id=${encodeURIComponent(state.userId)}&since=${state.since}`;
      const data = await (await fetch(url)).json();
      if (generation !== state.generation) return;
      let last = null;
      for (const item of data.messages) {
        // Two polls can be in flight at once (the timer and a send): draw each message once.
        if (item.seq <= state.since) continue;
        state.since = item.seq;
        addBotRow(renderMessage(item.message), item.time, item.seq);
        last = item.message;
      }
      if (last) showQuickReplies(last);
      typing.hidden = !(data.loading_until && data.loading_until > Date.now());
    } catch (error) {
      /* the next poll tries again */
    }
  }

  async function loadConversation(fresh) {
    state.generation += 1;
    const resident = currentResident();
    localStorage.setItem("tsunagu.simulator.resident", resident.key);
    state.userId = userIdFor(resident.key, fresh);
    state.since = 0;
    chat.replaceChildren(el("div", "date-chip", "今日"));
    quickBar.hidden = true;
    const generation = state.generation;
    const [own, bot] = await Promise.all([
      fetch(`/simulator/inbound?user_id=${state.userId}`).then((r) => r.json()),
      fetch(`/emulator/_messages?user_id=${state.userId}`).then((r) => r.json()),
    ]);
    if (generation !== state.generation) return;
    const merged = [
      ...own.entries.map((e) => ({ seq: e.seq, own: e })),
      ...bot.messages.map((m) => ({ seq: m.seq, bot: m })),
    ].sort((a, b) => a.seq - b.seq);
    let last = null;
    for (const item of merged) {
      if (item.own) {
        if (item.own.kind === "follow") addNote("友だち追加しました");
        else if (item.own.text) addOwnRow(item.own.text, item.own.time);
      } else {
        state.since = Math.max(state.since, item.bot.seq);
        addBotRow(renderMessage(item.bot.message), item.bot.time, item.bot.seq);
        last = item.bot.message;
      }
    }
    if (last) showQuickReplies(last);
    if (!merged.length) addNote("「友だち追加」を押すと会話が始まります").id = "hint";
    pollRichMenu();
  }

  // ---- wiring ---------------------------------------------------------------------------
  document.getElementById("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = textInput.value;
    textInput.value = "";
    sendText(text);
  });
  document.getElementById("follow").addEventListener("click", () => {
    addNote("友だち追加しました");
    send({ kind: "follow" }, null);
  });
  richMenu.bar.addEventListener("click", () => setRichMenuOpen(richMenu.panel.hidden));
  textInput.addEventListener("focus", () => setRichMenuOpen(false));
  document.getElementById("restart").addEventListener("click", () => loadConversation(true));
  residentSelect.addEventListener("change", () => loadConversation(false));
  const extras = document.getElementById("extras");
  document.getElementById("more").addEventListener("click", () => { extras.hidden = !extras.hidden; });
  for (const button of extras.querySelectorAll("button")) {
    button.addEventListener("click", () => {
      extras.hidden = true;
      const kind = button.dataset.kind;
      send({ kind }, { sticker: "(スタンプ)", image: "(写真)", location: "(位置情報)" }[kind]);
    });
  }

  loadConversation(false).then(() => {
    setInterval(poll, POLL_MS);
    setInterval(pollRichMenu, POLL_MS);
  });
})();

// The phone page of a Verksted room: a thin client over the participant API
// (docs/participant-api.md). Every text is set with textContent, never as HTML.
// Notes are kept in localStorage with their key until the server has them, and sent
// again on reconnect; the key makes sure a note is never stored twice.
"use strict";

(() => {
  const body = document.body;
  const base = body.dataset.base;
  const OUTBOX = "verksted-outbox:" + base;
  const LANGUAGE = "verksted-language";
  const NOTE_MAX = 500;
  const POLL_MS = 5000;
  const $ = (id) => document.getElementById(id);

  let language = readStored(LANGUAGE) || body.dataset.lang || "nb";
  let texts = {};
  let state = null;
  let connection = "connecting";
  let events = null;
  let lastMark = null;
  let flushing = false;
  let retryTimer = null;
  let feedbackTimer = null;

  function readStored(name) {
    try {
      return localStorage.getItem(name);
    } catch (e) {
      return null;
    }
  }

  function store(name, value) {
    try {
      localStorage.setItem(name, value);
    } catch (e) {
      /* private mode or full: the page still works, only without the outbox */
    }
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, name) =>
      Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole
    );
  }

  function tx(name, values) {
    return fill(texts[name] || "", values || {});
  }

  function newKey() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function outbox() {
    try {
      const items = JSON.parse(readStored(OUTBOX) || "[]");
      if (!Array.isArray(items)) return [];
      return items.filter((i) => i && typeof i.key === "string" && typeof i.text === "string");
    } catch (e) {
      return [];
    }
  }

  function saveOutbox(items) {
    store(OUTBOX, JSON.stringify(items));
    showUnsent();
  }

  async function api(path, payload) {
    const options = { credentials: "same-origin", cache: "no-store", headers: {} };
    if (payload !== undefined) {
      options.method = "POST";
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(payload);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 10000);
    options.signal = controller.signal;
    try {
      const response = await fetch(base + path, options);
      let data = null;
      try {
        data = await response.json();
      } catch (e) {
        data = null;
      }
      return { status: response.status, data: data, headers: response.headers };
    } finally {
      clearTimeout(timer);
    }
  }

  // --- connection state ---

  function setConnection(kind) {
    connection = kind;
    const node = $("connection");
    node.dataset.state = kind === "gone" ? "offline" : kind;
    const label = {
      online: "connected",
      offline: "offline",
      connecting: "connecting",
      gone: "gone",
    }[kind];
    node.textContent = tx(label);
  }

  function showFeedback(text, kind) {
    const node = $("feedback");
    node.textContent = text;
    node.dataset.kind = kind;
    clearTimeout(feedbackTimer);
    feedbackTimer = setTimeout(() => {
      node.textContent = "";
    }, 8000);
  }

  function showUnsent() {
    const count = outbox().length;
    $("unsent").textContent = count ? tx("unsent", { n: count }) : "";
  }

  // --- texts ---

  async function loadTexts(lang) {
    try {
      const result = await api("/strings/" + lang);
      if (result.status === 200 && result.data) {
        texts = result.data;
        language = lang;
      }
    } catch (e) {
      /* keep the texts we have */
    }
    applyTexts();
  }

  function applyTexts() {
    document.documentElement.lang = language;
    document.title = tx("title");
    $("languages").setAttribute("aria-label", tx("language"));
    for (const button of document.querySelectorAll(".language")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === language));
    }
    $("note-label").textContent = tx("note_label");
    $("note-hint").textContent = tx("note_hint");
    $("send").textContent = tx("send");
    $("rate-legend").textContent = tx("rate_legend");
    $("write-more").textContent = tx("write_more");
    setConnection(connection);
    updateCharsLeft();
    showUnsent();
    render();
  }

  // --- the room ---

  async function refresh() {
    let result;
    try {
      result = await api("/state");
    } catch (e) {
      setConnection("offline");
      return;
    }
    if (result.status === 404) {
      setConnection("gone");
      return;
    }
    if (result.status !== 200 || !result.data) {
      setConnection("offline");
      return;
    }
    setConnection("online");
    state = result.data;
    lastMark = state.mark;
    render();
    flush();
  }

  function render() {
    if (Object.keys(texts).length === 0) return;
    $("room").textContent = tx("room", { code: (state && state.session.room) || "" });
    const step = state && state.step;
    $("step-count").textContent = step ? tx("step", { n: step.position, count: step.count }) : "";
    const question = state && (state.question || (step && step.title));
    $("question").textContent = question || tx("waiting");
    const kind = state && state.kind;
    $("vote").hidden = kind !== "vote";
    $("rate").hidden = kind !== "evaluate";
    $("write-more").hidden = kind !== "vote" && kind !== "evaluate";
    if (kind === "vote") renderVote(state.vote);
    if (kind === "evaluate") renderRating(state.rating);
  }

  // The vote list is built once per set of notes and then updated in place, so a tap never
  // lands on a button that a refresh has just replaced, and focus stays where it was.
  let voteItems = new Map();
  let voteOrder = null;

  function renderVote(vote) {
    $("votes-left").textContent = tx("votes_left", { n: vote.left, budget: vote.budget });
    $("no-notes").hidden = vote.notes.length > 0;
    $("no-notes").textContent = tx("no_notes");
    const order = vote.notes.map((note) => note.id).join(",");
    if (order !== voteOrder) {
      const list = $("vote-list");
      const focused = document.activeElement;
      const focusKey = focused && focused.dataset ? focused.dataset.focusKey : null;
      list.replaceChildren();
      voteItems = new Map();
      for (const note of vote.notes) {
        const parts = voteItem(note);
        voteItems.set(note.id, parts);
        list.append(parts.item);
      }
      voteOrder = order;
      if (focusKey) {
        const again = list.querySelector('[data-focus-key="' + CSS.escape(focusKey) + '"]');
        if (again) again.focus();
      }
    }
    for (const note of vote.notes) {
      const parts = voteItems.get(note.id);
      parts.cluster.textContent = note.cluster || "";
      parts.cluster.hidden = !note.cluster;
      parts.text.textContent = note.text;
      parts.mine.textContent = tx("my_dots", { n: note.mine });
      parts.remove.setAttribute("aria-label", tx("remove_dot"));
      parts.add.setAttribute("aria-label", tx("add_dot"));
      parts.remove.disabled = note.mine <= 0;
      parts.add.disabled = vote.left <= 0;
      const shown = vote.revealed && typeof note.votes === "number";
      parts.total.hidden = !shown;
      parts.total.textContent = shown ? tx("total", { n: note.votes }) : "";
    }
  }

  function voteItem(note) {
    const item = document.createElement("li");
    item.className = "vote-item";
    const cluster = document.createElement("p");
    cluster.className = "cluster";
    const text = document.createElement("p");
    text.className = "text";
    text.id = "note-" + note.id;
    const row = document.createElement("div");
    row.className = "row";
    const remove = dotButton(note.id, -1, "−");
    const mine = document.createElement("p");
    mine.className = "mine";
    const add = dotButton(note.id, 1, "+");
    const total = document.createElement("p");
    total.className = "total";
    row.append(remove, mine, add, total);
    item.append(cluster, text, row);
    return { item, cluster, text, remove, mine, add, total };
  }

  function dotButton(noteId, delta, sign) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = delta > 0 ? "dot add" : "dot remove";
    button.textContent = sign;
    button.setAttribute("aria-describedby", "note-" + noteId);
    button.dataset.focusKey = noteId + ":" + delta;
    button.addEventListener("click", () => vote(noteId, delta, button));
    return button;
  }

  async function vote(noteId, delta, button) {
    button.disabled = true;
    let result;
    try {
      result = await api("/votes", { note: noteId, delta: delta, key: newKey() });
    } catch (e) {
      setConnection("offline");
      button.disabled = false;
      return;
    }
    if ((result.status === 200 || result.status === 201) && state && state.vote) {
      const vote = state.vote;
      vote.left = result.data.left;
      for (const note of vote.notes) {
        if (note.id === noteId) note.mine = result.data.mine;
      }
      renderVote(vote);
    } else {
      if (result.data && result.data.message) $("votes-left").textContent = result.data.message;
      button.disabled = false;
      setTimeout(refresh, 2500);
    }
  }

  function renderRating(rating) {
    for (const button of document.querySelectorAll(".score")) {
      button.setAttribute("aria-pressed", String(Number(button.dataset.value) === rating.mine));
    }
    $("rated").textContent = rating.mine ? tx("rated", { n: rating.mine }) : "";
  }

  async function rate(value) {
    let result;
    try {
      result = await api("/ratings", { value: value, key: newKey() });
    } catch (e) {
      setConnection("offline");
      return;
    }
    if ((result.status === 200 || result.status === 201) && state && state.rating) {
      state.rating.mine = value;
      renderRating(state.rating);
    } else if (result.data && result.data.message) {
      $("rated").textContent = result.data.message;
    }
  }

  // --- notes: kept until the server has them ---

  async function flush() {
    if (flushing) return;
    flushing = true;
    try {
      let items = outbox();
      while (items.length) {
        const item = items[0];
        let result;
        try {
          result = await api("/notes", { text: item.text, key: item.key });
        } catch (e) {
          setConnection("offline");
          return;
        }
        const status = result.status;
        const data = result.data || {};
        if (status === 429) {
          const wait = Number(result.headers.get("Retry-After")) || 5;
          if (data.message) showFeedback(data.message, "error");
          clearTimeout(retryTimer);
          retryTimer = setTimeout(flush, wait * 1000);
          return;
        }
        if (status === 403) {
          // The device cookie is gone (cleared or expired): join again, then resend.
          setTimeout(refresh, 1000);
          return;
        }
        if (status === 404) {
          setConnection("gone");
          return;
        }
        if (status >= 500 || status === 0 || status === 408) {
          return; // try again later
        }
        if (status >= 400) {
          showFeedback(data.message || String(status), "error");
        } else if (data.status === "rejected") {
          showFeedback(tx("rejected"), "error");
        } else if (data.status === "queued") {
          showFeedback(tx("queued"), "ok");
        } else {
          showFeedback(tx("sent"), "ok");
        }
        items = outbox().filter((i) => i.key !== item.key);
        saveOutbox(items);
      }
    } finally {
      flushing = false;
    }
  }

  function updateCharsLeft() {
    const length = $("note-text").value.length;
    $("chars-left").textContent = tx("chars_left", { n: Math.max(0, NOTE_MAX - length) });
  }

  function submitNote(event) {
    event.preventDefault();
    const field = $("note-text");
    const text = field.value.trim();
    if (!text) {
      field.focus();
      return;
    }
    const items = outbox();
    items.push({ key: newKey(), text: text });
    saveOutbox(items);
    field.value = "";
    updateCharsLeft();
    if (connection === "online") {
      flush();
    } else {
      showFeedback(tx("offline"), "error");
      refresh();
    }
  }

  // --- following the facilitator: events, with polling as the fallback ---

  function listen() {
    if (typeof EventSource === "undefined") return;
    events = new EventSource(base + "/events");
    events.addEventListener("open", () => setConnection("online"));
    events.addEventListener("state", (event) => {
      let mark = null;
      try {
        mark = JSON.parse(event.data).mark;
      } catch (e) {
        mark = null;
      }
      if (connection !== "online" || mark !== lastMark) refresh();
      else if (outbox().length) flush();
    });
    events.addEventListener("error", () => {
      if (connection !== "gone") setConnection("offline");
    });
  }

  function poll() {
    if (!events || events.readyState !== 1 || connection !== "online") {
      refresh();
    } else if (outbox().length) {
      flush();
    }
  }

  $("note-form").addEventListener("submit", submitNote);
  $("note-text").addEventListener("input", updateCharsLeft);
  for (const button of document.querySelectorAll(".language")) {
    button.addEventListener("click", () => {
      store(LANGUAGE, button.dataset.lang);
      loadTexts(button.dataset.lang);
    });
  }
  for (const button of document.querySelectorAll(".score")) {
    button.addEventListener("click", () => rate(Number(button.dataset.value)));
  }
  window.addEventListener("online", refresh);

  loadTexts(language).then(() => {
    refresh();
    listen();
    setInterval(poll, POLL_MS);
  });
})();

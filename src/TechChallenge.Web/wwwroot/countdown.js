// Keeps the countdowns on a page current in the browser. The server renders each one once, as
// <time datetime="(UTC deadline)" data-tc-countdown data-day-one="{0} day {1}" data-day-other="{0} days {1}">,
// with the time left and the words for days in the page's language; from then on only this script touches it, so a
// reader's clock costs the server nothing. It looks the countdowns up on every tick, so a page brought in by enhanced
// navigation or re-rendered by its live connection counts too. It sets the text node's value rather than replacing the
// node, so an interactive page's renderer keeps the node it knows.
(() => {
    const pad = n => String(n).padStart(2, "0");

    function left(element, seconds) {
        const days = Math.floor(seconds / 86400);
        const clock = `${pad(Math.floor((seconds % 86400) / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
        if (days === 0) return clock;
        const words = (days === 1 ? element.dataset.dayOne : element.dataset.dayOther) || "{0} {1}";
        return words.replace("{0}", String(days)).replace("{1}", clock);
    }

    function tick() {
        const now = Date.now();
        document.querySelectorAll("time[data-tc-countdown]").forEach(element => {
            const until = Date.parse(element.getAttribute("datetime") || "");
            if (Number.isNaN(until)) return;
            const seconds = Math.max(0, Math.floor((until - now) / 1000));
            const text = left(element, seconds);
            const node = element.firstChild;
            if (node && node.nodeType === Node.TEXT_NODE && !node.nextSibling) {
                if (node.nodeValue !== text) node.nodeValue = text;
            } else {
                element.textContent = text;
            }
            if (seconds === 0) {
                element.closest("[data-testid=countdown]")?.querySelector("[data-tc-countdown-reached]")?.removeAttribute("hidden");
            }
        });
    }

    tick();
    setInterval(tick, 1000);
})();

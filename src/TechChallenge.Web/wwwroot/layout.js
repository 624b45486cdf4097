// Layout behaviour that must work without a live connection, on statically rendered pages as on interactive ones:
// the menu button of the navigation drawer on narrow screens and the light/dark switch. Plain DOM, no framework state,
// so an interactive re-render of the layout does not undo it (Blazor only rewrites attributes whose values it changed).
(() => {
    const drawer = () => document.getElementById("tc-nav");
    const menuButton = () => document.querySelector("[data-tc-menu]");

    function setDrawer(open) {
        const nav = drawer();
        const button = menuButton();
        if (!nav || !button) return;
        nav.classList.remove("mud-drawer--initial");
        nav.classList.toggle("tc-nav-open", open);
        button.setAttribute("aria-expanded", open ? "true" : "false");
        document.documentElement.classList.toggle("tc-nav-shown", open);
        if (open) {
            nav.querySelector("a, button")?.focus();
        }
    }

    const isOpen = () => drawer()?.classList.contains("tc-nav-open") ?? false;

    function cookieTheme() {
        const match = document.cookie.match(/(?:^|; )tc-theme=(light|dark)/);
        return match ? match[1] : null;
    }

    function effectiveTheme() {
        const chosen = document.documentElement.dataset.theme || cookieTheme();
        if (chosen) return chosen;
        return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    }

    function showTheme() {
        const dark = effectiveTheme() === "dark";
        document.querySelectorAll("[data-tc-theme]").forEach(b => b.setAttribute("aria-pressed", dark ? "true" : "false"));
    }

    document.addEventListener("click", event => {
        const target = event.target instanceof Element ? event.target : null;
        if (!target) return;
        if (target.closest("[data-tc-menu]")) {
            event.preventDefault();
            setDrawer(!isOpen());
            return;
        }
        if (target.closest("[data-tc-theme]")) {
            event.preventDefault();
            const next = effectiveTheme() === "dark" ? "light" : "dark";
            document.documentElement.dataset.theme = next;
            document.cookie = `tc-theme=${next}; path=/; max-age=31536000; samesite=lax`;
            showTheme();
            return;
        }
        if (target.closest(".tc-skip-link")) {
            // Straight to the content, focus included: Blazor's navigation only scrolls to a fragment.
            event.preventDefault();
            const main = document.getElementById("main");
            main?.focus();
            main?.scrollIntoView();
            return;
        }
        if (target.closest("#tc-nav a") || target.closest(".tc-nav-scrim")) {
            // A chosen destination or a tap beside the menu closes it on a phone.
            if (isOpen()) setDrawer(false);
        }
    });

    document.addEventListener("keydown", event => {
        if (event.key === "Escape" && isOpen()) {
            setDrawer(false);
            menuButton()?.focus();
        }
    });

    // Enhanced navigation swaps the page without a reload: show the switch's state on the new page too.
    document.addEventListener("DOMContentLoaded", showTheme);
    window.Blazor?.addEventListener?.("enhancedload", showTheme);
    showTheme();
})();

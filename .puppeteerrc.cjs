// Browsers come from Debian's packages (chromium, firefox-esr); nothing downloads one.
module.exports = { skipDownload: true };

#include "gui/logging.h"

Q_LOGGING_CATEGORY(lcGui, "posbridge.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebView, "posbridge.gui.webview", QtInfoMsg)

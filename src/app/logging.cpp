#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "posbridge.app", QtInfoMsg)

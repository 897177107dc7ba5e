#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "posbridge.core", QtInfoMsg)

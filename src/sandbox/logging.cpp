#include "sandbox/logging.h"

Q_LOGGING_CATEGORY(lcSandbox, "posbridge.sandbox", QtInfoMsg)

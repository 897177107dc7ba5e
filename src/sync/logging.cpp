#include "sync/logging.h"

Q_LOGGING_CATEGORY(lcSync, "posbridge.sync", QtInfoMsg)

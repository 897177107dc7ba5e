#include "storage/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "posbridge.storage", QtInfoMsg)

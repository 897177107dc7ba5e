#include "secrets/logging.h"

Q_LOGGING_CATEGORY(lcSecrets, "posbridge.secrets", QtInfoMsg)

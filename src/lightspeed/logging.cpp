#include "lightspeed/logging.h"

Q_LOGGING_CATEGORY(lcLightspeed, "posbridge.lightspeed", QtInfoMsg)

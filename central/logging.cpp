#include "central/logging.h"

Q_LOGGING_CATEGORY(lcCentral, "citizencard.central")
Q_LOGGING_CATEGORY(lcAccess, "citizencard.central.access")

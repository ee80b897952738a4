// A fixture for check_layers.sh: the facts stage must not see the driver.
#pragma once
#include "driver/build.h"

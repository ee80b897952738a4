// A fixture for check_layers.sh: includes must name their stage.
#include "parse.h"

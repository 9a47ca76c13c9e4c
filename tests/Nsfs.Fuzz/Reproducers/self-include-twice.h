#include "self-include-twice.h"
#include "self-include-twice.h"

struct i{
#include"nested-struct-bodies-through-self-include.h"
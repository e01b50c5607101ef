// The bytecode verifier: checks that a Module is safe for the interpreter to run without
// bounds checks of its own. Register operands stay below num_registers, jumps land on
// instruction starts inside the code, every index (constants, functions, classes, globals,
// types, names, argument descriptors, const objects, captures) is in range, handler tables are
// well formed and code cannot run off its end. Checks structure only, not types or behavior.

#ifndef ISLET_VM_BYTECODE_VERIFIER_H_
#define ISLET_VM_BYTECODE_VERIFIER_H_

#include <string>

#include "vm/bytecode/module.h"

namespace islet {

// Returns true when [module] is well formed; otherwise false with a description of the first
// problem found ("F3 'main' pc 7: register r9 >= num_registers 6") in [*error] (may be null).
bool VerifyModule(const Module& module, std::string* error);

// Checks one function of [module] (as VerifyModule does for each).
bool VerifyFunction(const Module& module, int function_index, std::string* error);

}  // namespace islet

#endif  // ISLET_VM_BYTECODE_VERIFIER_H_

// Text listings of bytecode: one line per instruction with its pc, opcode, operands decoded by
// the opcode's format, what indices refer to (names, constants, functions, classes, types) as
// comments, and the source line:column where the line table changes. Used by
// `vm --disassemble`, golden codegen tests and debugging. Reads a Module; never changes it.
// Invariant: every opcode format of bytecode.h has a decoder here (bytecode_test checks it).

#ifndef ISLET_VM_BYTECODE_DISASSEMBLER_H_
#define ISLET_VM_BYTECODE_DISASSEMBLER_H_

#include <string>

#include "vm/bytecode/module.h"

namespace islet {

// The listing of F[function_index]: a header line (name, kind, parameters, registers), the
// instructions, then handlers. Out-of-range indices in operands print as "<bad ...>".
std::string DisassembleFunction(const Module& module, int function_index);

// Every function of [module] in index order, preceded by classes and globals. Functions of
// libraries whose uri starts with "dart:" are skipped unless [include_dart_libraries].
std::string DisassembleModule(const Module& module, bool include_dart_libraries);

// One instruction at [pc] of [function] (without pc or position), as DisassembleFunction
// prints it. Sets [*length] to the number of words it occupies.
std::string DisassembleInstruction(const Module& module, const FunctionDesc& function, int pc,
                                   int* length);

}  // namespace islet

#endif  // ISLET_VM_BYTECODE_DISASSEMBLER_H_

/* The public C API of Islet: everything a host needs to run Dart scripts in the VM. The `vm`
 * command is built on this header alone.
 *
 * Shape: opaque handles, plain C types, results as status codes, never C++ exceptions or
 * longjmp across the boundary. Output goes through callbacks in Islet_Config, so a host decides
 * where `print` and error reports go. There is no global mutable state: several Islet_Vm may
 * live in one process, each with its own configuration.
 *
 * A VM runs one script at a time: its main isolate and the isolates it spawns, on a pool of
 * worker threads; the run ends when the main isolate ends. */

#ifndef ISLET_H_
#define ISLET_H_

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The outcome of running a script. Islet_ExitCode maps it to the exit code of the Dart VM. */
typedef enum Islet_Status {
  ISLET_OK = 0,
  ISLET_COMPILE_ERROR = 1,      /* Diagnostics went to the error callback. Exit code 254. */
  ISLET_UNCAUGHT_EXCEPTION = 2, /* "Unhandled exception:" report went there. Exit code 255. */
  ISLET_LOAD_ERROR = 3,         /* The file could not be read, or the program not loaded: 254. */
  ISLET_INVALID_ARGUMENT = 4    /* A null handle or path: nothing ran. Exit code 255. */
} Islet_Status;

/* Receives text: one line without its newline (print), or a whole report (errors). */
typedef void (*Islet_TextCallback)(void* user_data, const char* text, size_t length);

typedef struct Islet_Config {
  Islet_TextCallback print;   /* Lines printed by the script. NULL: discarded. */
  Islet_TextCallback error;   /* Compile errors and uncaught exceptions. NULL: discarded. */
  void* user_data;            /* Passed to both callbacks. */
  int enable_asserts;         /* Non-zero: assert statements are checked. */
  int gc_stress;              /* Non-zero: collect at every allocation (debugging; slow). */
  int verify_heap;            /* Non-zero: verify the heap around every collection. */
  size_t max_heap_mb;         /* Per-isolate heap limit in MiB; 0 = no limit. Past it the
                                 isolate gets OutOfMemoryError, the process lives on. */
  int deterministic;          /* Non-zero: all isolates on one thread, in a fixed order. */
  int threads;                /* Worker threads running isolates; 0 = the number of cores. */
  const char* packages;       /* The package configuration (package_config.json) that resolves
                                 package: URIs; NULL: the nearest .dart_tool/package_config.json
                                 in the script's folder or a folder above it. */
  const char* const* defines; /* "name=value" strings read by String/int/bool.fromEnvironment
                                 (the -D option); define_count of them. */
  size_t define_count;
  void (*flush)(void* user_data); /* Called when printed lines have waited about 20 ms (the
                                     script computes or waits), so a host that buffers them
                                     can write them out, as the Dart VM writes each print at
                                     once. NULL: never called. */
} Islet_Config;

typedef struct Islet_Vm Islet_Vm;

/* Fills [config] with defaults: no callbacks, asserts off, no limit. */
void Islet_DefaultConfig(Islet_Config* config);

/* Creates a VM. [config] is copied. Returns NULL only when memory is exhausted. */
Islet_Vm* Islet_NewVm(const Islet_Config* config);
void Islet_DeleteVm(Islet_Vm* vm);

/* Compiles and runs the script at [path] (UTF-8 file name) with [argc] arguments passed to
 * main. Blocks until main returns (or throws). */
Islet_Status Islet_RunFile(Islet_Vm* vm, const char* path, int argc, const char* const* argv);

/* The same for source text held by the host; [uri] names it in diagnostics and traces. */
Islet_Status Islet_RunSource(Islet_Vm* vm, const char* uri, const char* source, int argc,
                             const char* const* argv);

/* Compiles the script at [path] and prints the disassembly of its functions through the print
 * callback. */
Islet_Status Islet_DisassembleFile(Islet_Vm* vm, const char* path);

/* The exit code the Dart VM uses for [status]: 0, 254 or 255. */
int Islet_ExitCode(Islet_Status status);

/* The exit code a script asked for through dart:io's exitCode (0 unless it set one): the
 * process's exit code when the run ended with ISLET_OK. */
int Islet_ScriptExitCode(void);

/* "0.1.0" and the like. */
const char* Islet_Version(void);

#ifdef __cplusplus
}
#endif

#endif /* ISLET_H_ */

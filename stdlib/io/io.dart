// dart:io's process-level API: exit, exitCode, sleep, pid, IOException and OSError, and the
// natives every part of the library calls (io_natives.cc). The other files of this folder hold
// the rest: platform.dart, stdio.dart, io_sink.dart, file_system_entity.dart, file.dart,
// random_access_file.dart, directory.dart, link.dart, and io_service.dart (async operations).

import 'dart:async';
import 'dart:collection';
import 'dart:convert';
import 'dart:typed_data';

export 'dart:typed_data' show BytesBuilder;

/// Ends the process at once with exit code [code], after flushing stdout and stderr. Pending
/// futures, timers and asynchronous writes are abandoned, as in Dart.
Never exit(int code) {
  _IONatives.exit(code);
  throw StateError("exit returned");
}

/// The exit code of the process when it ends normally (main and the event loop are done).
int get exitCode => _IONatives.getExitCode();

set exitCode(int code) {
  _IONatives.setExitCode(code);
}

/// Blocks the isolate's thread for [duration] (whole milliseconds, as in Dart); no event is
/// handled meanwhile.
void sleep(Duration duration) {
  int milliseconds = duration.inMilliseconds;
  if (milliseconds < 0) {
    throw ArgumentError("sleep: duration cannot be negative");
  }
  _IONatives.sleep(milliseconds * 1000);
}

/// The process id of this process.
int get pid => _IONatives.pid();

/// The base class of exceptions from I/O operations.
abstract class IOException implements Exception {
  String toString() => "IOException";
}

/// An error reported by the operating system: its message and errno.
class OSError implements Exception {
  static const int noErrorCode = -1;

  final String message;
  final int errorCode;

  const OSError([this.message = "", this.errorCode = noErrorCode]);

  String toString() {
    StringBuffer sb = StringBuffer();
    sb.write("OS Error");
    if (message.isNotEmpty) {
      sb.write(": ");
      sb.write(message);
      if (errorCode != noErrorCode) {
        sb.write(", errno = ");
        sb.write(errorCode.toString());
      }
    } else if (errorCode != noErrorCode) {
      sb.write(": errno = ");
      sb.write(errorCode.toString());
    }
    return sb.toString();
  }
}

/// The platform's encoding of text (UTF-8 on Linux).
class SystemEncoding extends Encoding {
  const SystemEncoding();

  String get name => "system";

  List<int> encode(String input) => utf8.encode(input);

  String decode(List<int> encoded) => utf8.decode(encoded, allowMalformed: true);

  Converter<String, List<int>> get encoder => utf8.encoder;

  Converter<List<int>, String> get decoder => const Utf8Decoder(allowMalformed: true);
}

const SystemEncoding systemEncoding = SystemEncoding();

// Helpers the natives call (io_natives.cc builds results with them).
Uint8List _newBytes(int length) => Uint8List(length);

OSError _newOSError(String message, int errorCode) => OSError(message, errorCode);

// A Uint8List with the bytes of [bytes][start..end): the list itself when it is one already.
Uint8List _toBytes(List<int> bytes, int start, int end) {
  if (bytes is Uint8List && start == 0 && end == bytes.length) return bytes;
  Uint8List result = Uint8List(end - start);
  for (int i = start; i < end; i++) {
    Object? value = bytes[i];
    if (value is! int) {
      throw ArgumentError("List element is not an integer at index $i");
    }
    result[i - start] = value;
  }
  return result;
}

class _IONatives {
  external static void write(int fd, Object data);
  external static void flush(int fd);
  external static void exit(int code);
  external static int getExitCode();
  external static void setExitCode(int code);
  external static void sleep(int micros);
  external static int pid();
  external static int stdinReadByte();
  external static Uint8List? stdinReadLine(bool retainNewlines);
  external static bool isTerminal(int fd);
  external static List<int>? terminalSize(int fd);
  external static Object? platform(int what);
  external static Object? setCurrentDirectory(String path);
  external static Object? sync(int op, List args);
  external static int submit(int op, List args);
  external static void abandon(int id);
  external static bool pollOne();
  external static bool eventLoopDrains();
}

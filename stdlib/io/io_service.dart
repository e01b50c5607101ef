// Asynchronous file-system operations: _dispatch queues an operation to the worker threads
// (io_completions.cc) and returns a future of its result, which _ioDeliver completes on this
// isolate's thread. The event loop delivers results; until it does (an embedder that does not
// drain the queue), a timer here polls for them.

// The operations, numbered as io::Op in io_ops.h (keep both in the same order).
class _Op {
  static const int fileExists = 0;
  static const int fileCreate = 1;
  static const int fileDelete = 2;
  static const int fileRename = 3;
  static const int fileCopy = 4;
  static const int fileLength = 5;
  static const int fileModified = 6;
  static const int fileOpen = 7;
  static const int type = 8;
  static const int stat = 9;
  static const int dirExists = 10;
  static const int dirCreate = 11;
  static const int dirDelete = 12;
  static const int dirRename = 13;
  static const int dirList = 14;
  static const int dirCreateTemp = 15;
  static const int close = 16;
  static const int readByte = 17;
  static const int read = 18;
  static const int writeByte = 19;
  static const int writeFrom = 20;
  static const int position = 21;
  static const int setPosition = 22;
  static const int truncate = 23;
  static const int fdLength = 24;
  static const int flush = 25;
  static const int lock = 26;
  static const int stdinRead = 27;
  static const int resolveLinks = 28;
  static const int linkCreate = 29;
  static const int linkTarget = 30;
  static const int linkDelete = 31;
  static const int linkRename = 32;
}

final Map<int, Completer<Object?>> _pendingOps = <int, Completer<Object?>>{};
Timer? _pollTimer;

/// Runs [op] on a worker thread; the future completes with its result (an OSError when it
/// failed), on this isolate's thread.
Future<Object?> _dispatch(int op, List args) {
  int id = _IONatives.submit(op, args);
  Completer<Object?> completer = Completer<Object?>();
  _pendingOps[id] = completer;
  _startPolling();
  return completer.future;
}

/// Like [_dispatch], also giving the request id (for [_abandon]) to [onId].
Future<Object?> _dispatchWithId(int op, List args, void onId(int id)) {
  int id = _IONatives.submit(op, args);
  onId(id);
  Completer<Object?> completer = Completer<Object?>();
  _pendingOps[id] = completer;
  _startPolling();
  return completer.future;
}

/// Forgets request [id]: its future never completes and it no longer keeps the process alive.
void _abandon(int id) {
  if (_pendingOps.remove(id) != null) _IONatives.abandon(id);
}

// Called by the event loop (IoCompletions::WaitAndDrain) or by _poll with a finished result.
void _ioDeliver(int id, Object? result) {
  Completer<Object?>? completer = _pendingOps.remove(id);
  if (completer != null) completer.complete(result);
}

void _startPolling() {
  if (_pollTimer != null || _IONatives.eventLoopDrains()) return;
  _pollTimer = Timer(Duration.zero, _poll);
}

void _poll() {
  _pollTimer = null;
  if (_IONatives.eventLoopDrains()) return;
  bool delivered = _IONatives.pollOne();
  if (_pendingOps.isEmpty) return;
  _pollTimer = Timer(delivered ? Duration.zero : const Duration(milliseconds: 1), _poll);
}

// The standard streams: stdin (blocking reads, or a Stream<List<int>> read on a worker thread),
// stdout and stderr (IOSinks that write at once through the C library's stdout and stderr, the
// stream print uses, so print and stdout.write appear in program order), and stdioType.

class StdinException implements IOException {
  final String message;
  final OSError? osError;

  const StdinException(this.message, [this.osError]);

  String toString() => "StdinException: $message${osError == null ? "" : ", $osError"}";
}

class StdoutException implements IOException {
  final String message;
  final OSError? osError;

  const StdoutException(this.message, [this.osError]);

  String toString() => "StdoutException: $message${osError == null ? "" : ", $osError"}";
}

class StdioType {
  static const StdioType terminal = StdioType._("terminal");
  static const StdioType pipe = StdioType._("pipe");
  static const StdioType file = StdioType._("file");
  static const StdioType other = StdioType._("other");

  final String name;

  const StdioType._(this.name);

  String toString() => "StdioType: $name";
}

/// What [object] (stdin, stdout or stderr) is connected to.
StdioType stdioType(object) {
  int fd = -1;
  if (identical(object, stdin)) fd = 0;
  if (identical(object, stdout)) fd = 1;
  if (identical(object, stderr)) fd = 2;
  if (object is _StdSink) fd = object._fd;
  if (fd < 0) {
    if (object is File) return StdioType.file;
    return StdioType.other;
  }
  if (_IONatives.isTerminal(fd)) return StdioType.terminal;
  Object? type = _IONatives.sync(_Op.type, <Object?>["/proc/self/fd/$fd", true]);
  if (type == 0) return StdioType.file;
  if (type == 4) return StdioType.pipe;
  return StdioType.other;
}

class Stdin extends Stream<List<int>> {
  StreamController<List<int>>? _controller;
  int? _readId;
  bool _reading = false;
  bool _atEnd = false;

  Stdin._();

  /// The next line of input without its terminator ("\n" or "\r\n"; with [retainNewlines] the
  /// terminator is kept), or null at the end of input.
  String? readLineSync({Encoding encoding = systemEncoding, bool retainNewlines = false}) {
    Uint8List? line = _IONatives.stdinReadLine(retainNewlines);
    if (line == null) return null;
    return encoding.decode(line);
  }

  /// The next byte of input, or -1 at its end.
  int readByteSync() => _IONatives.stdinReadByte();

  bool get hasTerminal => _IONatives.isTerminal(0);

  bool get supportsAnsiEscapes => _supportsAnsi(0);

  StreamSubscription<List<int>> listen(void onData(List<int> event)?,
      {Function? onError, void onDone()?, bool? cancelOnError}) {
    if (_controller != null) {
      throw StateError("Stream has already been listened to.");
    }
    StreamController<List<int>> controller = StreamController<List<int>>(
        sync: true, onListen: _read, onResume: _read, onCancel: _cancel);
    _controller = controller;
    return controller.stream
        .listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
  }

  void _read() {
    StreamController<List<int>> controller = _controller!;
    if (_reading || _atEnd || controller.isPaused || controller.isClosed) return;
    _reading = true;
    _dispatchWithId(_Op.stdinRead, <Object?>[65536], (int id) {
      _readId = id;
    }).then((Object? result) {
      _reading = false;
      _readId = null;
      if (result is OSError) {
        _atEnd = true;
        controller.addError(StdinException("Error reading from stdin", result));
        controller.close();
        return;
      }
      Uint8List bytes = result as Uint8List;
      if (bytes.isEmpty) {
        _atEnd = true;
        controller.close();
        return;
      }
      controller.add(bytes);
      _read();
    });
  }

  void _cancel() {
    int? id = _readId;
    if (id != null) _abandon(id);
    _readId = null;
    _reading = false;
    _atEnd = true;
  }
}

bool _supportsAnsi(int fd) {
  if (!_IONatives.isTerminal(fd)) return false;
  String? term = Platform.environment["TERM"];
  if (term == null) return false;
  return term.contains("xterm") ||
      term.contains("color") ||
      term.contains("ansi") ||
      term.contains("screen") ||
      term.contains("tmux") ||
      term.contains("linux") ||
      term.contains("vt100");
}

/// stdout or stderr: every write goes to the file descriptor before the call returns.
class _StdSink implements IOSink {
  final int _fd;
  Encoding encoding = systemEncoding;
  String _lineTerminator = "\n";
  bool _closed = false;
  bool _bound = false;
  final Completer<Object?> _done = Completer<Object?>();

  _StdSink(this._fd);

  String get lineTerminator => _lineTerminator;

  set lineTerminator(String value) {
    if (value != "\n" && value != "\r\n") {
      throw ArgumentError.value(
          value, "lineTerminator", r'invalid line terminator, must be one of "\n" or "\r\n"');
    }
    _lineTerminator = value;
  }

  bool get hasTerminal => _IONatives.isTerminal(_fd);

  int get terminalColumns => _terminalSize()[0];

  int get terminalLines => _terminalSize()[1];

  bool get supportsAnsiEscapes => _supportsAnsi(_fd);

  IOSink get nonBlocking => this;

  List<int> _terminalSize() {
    List<int>? size = _IONatives.terminalSize(_fd);
    if (size == null) throw const StdoutException("Could not get terminal size");
    return size;
  }

  void _check() {
    if (_closed) throw StateError("StreamSink is closed");
    if (_bound) throw StateError("StreamSink is bound to a stream");
  }

  void _writeString(String s) {
    if (s.isEmpty) return;
    if (_lineTerminator != "\n") s = s.replaceAll("\n", _lineTerminator);
    if (identical(encoding, systemEncoding) || identical(encoding, utf8)) {
      _IONatives.write(_fd, s);
    } else {
      List<int> bytes = encoding.encode(s);
      _IONatives.write(_fd, _toBytes(bytes, 0, bytes.length));
    }
  }

  void write(Object? object) {
    _check();
    _writeString("$object");
  }

  void writeln([Object? object = ""]) {
    _check();
    _writeString("$object\n");
  }

  void writeAll(Iterable objects, [String separator = ""]) {
    _check();
    Iterator iterator = objects.iterator;
    if (!iterator.moveNext()) return;
    if (separator.isEmpty) {
      do {
        _writeString("${iterator.current}");
      } while (iterator.moveNext());
    } else {
      _writeString("${iterator.current}");
      while (iterator.moveNext()) {
        _writeString(separator);
        _writeString("${iterator.current}");
      }
    }
  }

  void writeCharCode(int charCode) {
    _check();
    _writeString(String.fromCharCode(charCode));
  }

  void add(List<int> data) {
    _check();
    if (data.isEmpty) return;
    _IONatives.write(_fd, _toBytes(data, 0, data.length));
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    _check();
    if (!_done.isCompleted) _done.completeError(error, stackTrace);
  }

  Future addStream(Stream<List<int>> stream) {
    _check();
    _bound = true;
    Completer<Object?> completer = Completer<Object?>();
    stream.listen((List<int> data) {
      if (data.isNotEmpty) _IONatives.write(_fd, _toBytes(data, 0, data.length));
    }, onError: (Object error, StackTrace stackTrace) {
      _bound = false;
      completer.completeError(error, stackTrace);
    }, onDone: () {
      _bound = false;
      completer.complete(null);
    }, cancelOnError: true);
    return completer.future;
  }

  Future flush() {
    if (_bound) throw StateError("StreamSink is bound to a stream");
    _IONatives.flush(_fd);
    return Future<Object?>.value(null);
  }

  Future close() {
    if (_bound) throw StateError("StreamSink is bound to a stream");
    if (!_closed) {
      _closed = true;
      _IONatives.flush(_fd);
      if (!_done.isCompleted) _done.complete(null);
    }
    return _done.future;
  }

  Future get done => _done.future;
}

class Stdout extends _StdSink {
  Stdout._(int fd) : super(fd);
}

final Stdin _stdin = Stdin._();
final Stdout _stdout = Stdout._(1);
final Stdout _stderr = Stdout._(2);

Stdin get stdin => _stdin;
Stdout get stdout => _stdout;
Stdout get stderr => _stderr;

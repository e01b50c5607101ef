// IOSink, and the sink File.openWrite returns: writes are buffered and go to the file in order
// through asynchronous operations (the file is opened on the first one); close() writes what is
// left, closes the file and completes with the File. A failure (the file cannot be opened) is
// reported by close(), flush() and done, never as an uncaught error of its own.

abstract class IOSink implements StreamSink<List<int>>, StringSink {
  Encoding get encoding;
  set encoding(Encoding value);

  void add(List<int> data);
  void write(Object? object);
  void writeAll(Iterable objects, [String separator = ""]);
  void writeln([Object? object = ""]);
  void writeCharCode(int charCode);
  void addError(Object error, [StackTrace? stackTrace]);
  Future addStream(Stream<List<int>> stream);
  Future flush();
  Future close();
  Future get done;
}

class _FileSink implements IOSink {
  // Bytes are written in blocks of at least this size, or at flush and close.
  static const int _blockSize = 64 * 1024;

  final File _file;
  final FileMode _mode;
  Encoding encoding;
  Future<RandomAccessFile>? _opened;
  Future<Object?> _last = Future<Object?>.value(null);
  List<int> _buffer = <int>[];
  bool _closed = false;
  bool _bound = false;
  Object? _error;
  StackTrace? _errorStack;
  final Completer<Object?> _done = Completer<Object?>();

  _FileSink(this._file, this._mode, this.encoding);

  void _check() {
    if (_closed) throw StateError("StreamSink is closed");
    if (_bound) throw StateError("StreamSink is bound to a stream");
  }

  void _addBytes(List<int> data) {
    _buffer.addAll(data);
    if (_buffer.length >= _blockSize) _writeBuffer();
  }

  void add(List<int> data) {
    _check();
    _addBytes(data);
  }

  void write(Object? object) {
    _check();
    String s = "$object";
    if (s.isNotEmpty) _addBytes(encoding.encode(s));
  }

  void writeln([Object? object = ""]) {
    write(object);
    write("\n");
  }

  void writeAll(Iterable objects, [String separator = ""]) {
    _check();
    bool first = true;
    for (Object? o in objects) {
      if (!first) write(separator);
      first = false;
      write(o);
    }
  }

  void writeCharCode(int charCode) {
    write(String.fromCharCode(charCode));
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    _check();
    _error ??= error;
    _errorStack ??= stackTrace;
  }

  Future addStream(Stream<List<int>> stream) {
    _check();
    _bound = true;
    Completer<Object?> completer = Completer<Object?>();
    stream.listen(_addBytes, onError: (Object error, StackTrace stackTrace) {
      _bound = false;
      completer.completeError(error, stackTrace);
    }, onDone: () {
      _bound = false;
      completer.complete(null);
    }, cancelOnError: true);
    return completer.future;
  }

  Future<RandomAccessFile> _open() => _opened ??= _file.open(mode: _mode);

  void _writeBuffer() {
    if (_buffer.isEmpty) return;
    Uint8List data = _toBytes(_buffer, 0, _buffer.length);
    _buffer = <int>[];
    _last = _last.then((_) {
      if (_error != null) return null;
      return _open().then((RandomAccessFile file) => file.writeFrom(data));
    }).catchError(_recordError);
  }

  Object? _recordError(Object error, StackTrace stackTrace) {
    _error ??= error;
    _errorStack ??= stackTrace;
    return null;
  }

  Future flush() {
    if (_bound) throw StateError("StreamSink is bound to a stream");
    _writeBuffer();
    return _last.then((_) {
      Object? error = _error;
      if (error != null) throw error;
      return this;
    });
  }

  Future close() {
    if (_bound) throw StateError("StreamSink is bound to a stream");
    if (!_closed) {
      _closed = true;
      _writeBuffer();
      _last.then((_) {
        if (_error != null) return null;
        return _open().then((RandomAccessFile file) => file.close());
      }).catchError(_recordError).then((_) {
        Object? error = _error;
        if (error != null) {
          _done.completeError(error, _errorStack);
        } else {
          _done.complete(_file);
        }
      });
    }
    return _done.future;
  }

  Future get done => _done.future;
}

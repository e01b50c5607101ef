// RandomAccessFile: an open file descriptor with a position. Every operation has a synchronous
// form and an asynchronous one; as in Dart, one asynchronous operation at a time may be pending,
// and failures are FileSystemExceptions named after the operation ("readByte failed", ...).

abstract class RandomAccessFile {
  String get path;
  Future<void> close();
  void closeSync();
  Future<int> readByte();
  int readByteSync();
  Future<Uint8List> read(int count);
  Uint8List readSync(int count);
  Future<int> readInto(List<int> buffer, [int start = 0, int? end]);
  int readIntoSync(List<int> buffer, [int start = 0, int? end]);
  Future<RandomAccessFile> writeByte(int value);
  int writeByteSync(int value);
  Future<RandomAccessFile> writeFrom(List<int> buffer, [int start = 0, int? end]);
  void writeFromSync(List<int> buffer, [int start = 0, int? end]);
  Future<RandomAccessFile> writeString(String string, {Encoding encoding = utf8});
  void writeStringSync(String string, {Encoding encoding = utf8});
  Future<int> position();
  int positionSync();
  Future<RandomAccessFile> setPosition(int position);
  void setPositionSync(int position);
  Future<RandomAccessFile> truncate(int length);
  void truncateSync(int length);
  Future<int> length();
  int lengthSync();
  Future<RandomAccessFile> flush();
  void flushSync();
  Future<RandomAccessFile> lock([FileLock mode = FileLock.exclusive, int start = 0, int end = -1]);
  void lockSync([FileLock mode = FileLock.exclusive, int start = 0, int end = -1]);
  Future<RandomAccessFile> unlock([int start = 0, int end = -1]);
  void unlockSync([int start = 0, int end = -1]);
}

class _RandomAccessFile implements RandomAccessFile {
  final int _fd;
  final String path;
  bool closed = false;
  bool _asyncPending = false;

  _RandomAccessFile(this._fd, this.path);

  String toString() => "RandomAccessFile: '$path'";

  void _checkAvailable() {
    if (_asyncPending) {
      throw FileSystemException("An async operation is currently pending", path);
    }
    if (closed) throw FileSystemException("File closed", path);
  }

  // Runs [op] on the descriptor inline; throws FileSystemException([message]) on failure.
  Object? _sync(int op, List<Object?> rest, String message) {
    _checkAvailable();
    Object? r = _IONatives.sync(op, <Object?>[_fd, ...rest]);
    if (r is OSError) throw FileSystemException(message, path, r);
    return r;
  }

  Future<Object?> _async(int op, List<Object?> rest, String message, {bool markClosed = false}) {
    if (closed) return Future<Object?>.error(FileSystemException("File closed", path));
    if (_asyncPending) {
      return Future<Object?>.error(
          FileSystemException("An async operation is currently pending", path));
    }
    if (markClosed) closed = true;
    _asyncPending = true;
    return _dispatch(op, <Object?>[_fd, ...rest]).then((Object? r) {
      _asyncPending = false;
      if (r is OSError) throw FileSystemException(message, path, r);
      return r;
    });
  }

  Future<void> close() =>
      _async(_Op.close, <Object?>[], "Cannot close file", markClosed: true).then((_) {});

  void closeSync() {
    _checkAvailable();
    Object? r = _IONatives.sync(_Op.close, <Object?>[_fd]);
    if (r is OSError) throw FileSystemException("Cannot close file", path);
    closed = true;
  }

  Future<int> readByte() =>
      _async(_Op.readByte, <Object?>[], "readByte failed").then((Object? r) => r as int);

  int readByteSync() => _sync(_Op.readByte, <Object?>[], "readByte failed") as int;

  Future<Uint8List> read(int count) =>
      _async(_Op.read, <Object?>[count], "read failed").then((Object? r) => r as Uint8List);

  Uint8List readSync(int count) => _sync(_Op.read, <Object?>[count], "readSync failed") as Uint8List;

  Future<int> readInto(List<int> buffer, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, buffer.length);
    if (actualEnd == start) return Future<int>.value(0);
    return _async(_Op.read, <Object?>[actualEnd - start], "readInto failed").then((Object? r) {
      Uint8List data = r as Uint8List;
      buffer.setRange(start, start + data.length, data);
      return data.length;
    });
  }

  int readIntoSync(List<int> buffer, [int start = 0, int? end]) {
    _checkAvailable();
    int actualEnd = RangeError.checkValidRange(start, end, buffer.length);
    if (actualEnd == start) return 0;
    Uint8List data = _sync(_Op.read, <Object?>[actualEnd - start], "readInto failed") as Uint8List;
    buffer.setRange(start, start + data.length, data);
    return data.length;
  }

  Future<RandomAccessFile> writeByte(int value) =>
      _async(_Op.writeByte, <Object?>[value], "writeByte failed").then((_) => this);

  int writeByteSync(int value) {
    _sync(_Op.writeByte, <Object?>[value], "writeByte failed");
    return 1;
  }

  Future<RandomAccessFile> writeFrom(List<int> buffer, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, buffer.length);
    if (actualEnd == start) return Future<RandomAccessFile>.value(this);
    Uint8List bytes;
    try {
      bytes = _toBytes(buffer, start, actualEnd);
    } catch (e) {
      return Future<RandomAccessFile>.error(e);
    }
    return _async(_Op.writeFrom, <Object?>[bytes], "writeFrom failed").then((_) => this);
  }

  void writeFromSync(List<int> buffer, [int start = 0, int? end]) {
    _checkAvailable();
    int actualEnd = RangeError.checkValidRange(start, end, buffer.length);
    if (actualEnd == start) return;
    _sync(_Op.writeFrom, <Object?>[_toBytes(buffer, start, actualEnd)], "writeFrom failed");
  }

  Future<RandomAccessFile> writeString(String string, {Encoding encoding = utf8}) {
    List<int> data = encoding.encode(string);
    return writeFrom(data, 0, data.length);
  }

  void writeStringSync(String string, {Encoding encoding = utf8}) {
    List<int> data = encoding.encode(string);
    writeFromSync(data, 0, data.length);
  }

  Future<int> position() =>
      _async(_Op.position, <Object?>[], "position failed").then((Object? r) => r as int);

  int positionSync() => _sync(_Op.position, <Object?>[], "position failed") as int;

  Future<RandomAccessFile> setPosition(int position) =>
      _async(_Op.setPosition, <Object?>[position], "setPosition failed").then((_) => this);

  void setPositionSync(int position) {
    _sync(_Op.setPosition, <Object?>[position], "setPosition failed");
  }

  Future<RandomAccessFile> truncate(int length) =>
      _async(_Op.truncate, <Object?>[length], "truncate failed").then((_) => this);

  void truncateSync(int length) {
    _sync(_Op.truncate, <Object?>[length], "truncate failed");
  }

  Future<int> length() =>
      _async(_Op.fdLength, <Object?>[], "length failed").then((Object? r) => r as int);

  int lengthSync() => _sync(_Op.fdLength, <Object?>[], "length failed") as int;

  Future<RandomAccessFile> flush() =>
      _async(_Op.flush, <Object?>[], "flush failed").then((_) => this);

  void flushSync() {
    _sync(_Op.flush, <Object?>[], "flush failed");
  }

  static void _checkLockRange(int start, int end) {
    if (start < 0 || end < -1 || (end != -1 && start >= end)) throw ArgumentError();
  }

  Future<RandomAccessFile> lock(
      [FileLock mode = FileLock.exclusive, int start = 0, int end = -1]) {
    _checkLockRange(start, end);
    return _async(_Op.lock, <Object?>[mode._type, start, end], 'lock failed').then((_) => this);
  }

  void lockSync([FileLock mode = FileLock.exclusive, int start = 0, int end = -1]) {
    _checkAvailable();
    _checkLockRange(start, end);
    _sync(_Op.lock, <Object?>[mode._type, start, end], 'lock failed');
  }

  Future<RandomAccessFile> unlock([int start = 0, int end = -1]) {
    if (start == end) throw ArgumentError();
    return _async(_Op.lock, <Object?>[0, start, end], 'unlock failed').then((_) => this);
  }

  void unlockSync([int start = 0, int end = -1]) {
    _checkAvailable();
    if (start == end) throw ArgumentError();
    _sync(_Op.lock, <Object?>[0, start, end], 'unlock failed');
  }
}

// File: a path and the operations on the file it names, each in a synchronous form (run inline)
// and an asynchronous one (run on a worker thread, io_service.dart), with Dart's error messages.
// Whole-file reads and writes go through RandomAccessFile (random_access_file.dart) as in Dart;
// openRead streams 64 KiB blocks, openWrite returns a _FileSink (io_sink.dart).

class FileMode {
  static const FileMode read = FileMode._(0);
  static const FileMode write = FileMode._(1);
  static const FileMode append = FileMode._(2);
  static const FileMode writeOnly = FileMode._(3);
  static const FileMode writeOnlyAppend = FileMode._(4);

  final int _mode;

  const FileMode._(this._mode);
}

class FileLock {
  static const FileLock shared = FileLock._(1);
  static const FileLock exclusive = FileLock._(2);
  static const FileLock blockingShared = FileLock._(3);
  static const FileLock blockingExclusive = FileLock._(4);

  final int _type;

  const FileLock._(this._type);
}

// Files are read in blocks of this size when their length is unknown, and streamed in them.
const int _blockSize = 64 * 1024;

abstract class File implements FileSystemEntity {
  factory File(String path) => _File(path);

  Future<File> create({bool recursive = false, bool exclusive = false});
  void createSync({bool recursive = false, bool exclusive = false});
  Future<File> rename(String newPath);
  File renameSync(String newPath);
  Future<File> copy(String newPath);
  File copySync(String newPath);
  Future<int> length();
  int lengthSync();
  Future<DateTime> lastModified();
  DateTime lastModifiedSync();
  Future<DateTime> lastAccessed();
  DateTime lastAccessedSync();
  File get absolute;
  Future<RandomAccessFile> open({FileMode mode = FileMode.read});
  RandomAccessFile openSync({FileMode mode = FileMode.read});
  Stream<List<int>> openRead([int? start, int? end]);
  IOSink openWrite({FileMode mode = FileMode.write, Encoding encoding = utf8});
  Future<Uint8List> readAsBytes();
  Uint8List readAsBytesSync();
  Future<String> readAsString({Encoding encoding = utf8});
  String readAsStringSync({Encoding encoding = utf8});
  Future<List<String>> readAsLines({Encoding encoding = utf8});
  List<String> readAsLinesSync({Encoding encoding = utf8});
  Future<File> writeAsBytes(List<int> bytes, {FileMode mode = FileMode.write, bool flush = false});
  void writeAsBytesSync(List<int> bytes, {FileMode mode = FileMode.write, bool flush = false});
  Future<File> writeAsString(String contents,
      {FileMode mode = FileMode.write, Encoding encoding = utf8, bool flush = false});
  void writeAsStringSync(String contents,
      {FileMode mode = FileMode.write, Encoding encoding = utf8, bool flush = false});
}

class _File extends FileSystemEntity implements File {
  final String path;

  _File(this.path);

  String toString() => "File: '$path'";

  Future<bool> exists() => _dispatch(_Op.fileExists, <Object?>[path]).then((Object? r) {
        _throwIfOSError(r, "Cannot check existence", path);
        return r as bool;
      });

  bool existsSync() {
    Object? r = _IONatives.sync(_Op.fileExists, <Object?>[path]);
    _throwIfOSError(r, "Cannot check existence of file", path);
    return r as bool;
  }

  File get absolute => File(_absolutePath);

  // The stat times (1: changed, 2: modified, 3: accessed), or Dart's FileSystemException.
  DateTime _time(Object? r, int index, String what) {
    if (r is OSError) {
      throw FileSystemException._fromOSError(r, "Cannot retrieve $what time", path);
    }
    return DateTime.fromMillisecondsSinceEpoch((r as List)[index] as int);
  }

  Future<DateTime> lastModified() => _dispatch(_Op.stat, <Object?>[path])
      .then((Object? r) => _time(r, 2, "modification"));

  DateTime lastModifiedSync() =>
      _time(_IONatives.sync(_Op.stat, <Object?>[path]), 2, "modification");

  Future<DateTime> lastAccessed() =>
      _dispatch(_Op.stat, <Object?>[path]).then((Object? r) => _time(r, 3, "access"));

  DateTime lastAccessedSync() => _time(_IONatives.sync(_Op.stat, <Object?>[path]), 3, "access");

  Future<File> create({bool recursive = false, bool exclusive = false}) {
    Future<Object?> first =
        recursive ? parent.create(recursive: true) : Future<Object?>.value(null);
    return first
        .then((_) => _dispatch(_Op.fileCreate, <Object?>[path, exclusive]))
        .then((Object? r) {
      _throwIfOSError(r, "Cannot create file", path);
      return this;
    });
  }

  void createSync({bool recursive = false, bool exclusive = false}) {
    if (recursive) parent.createSync(recursive: true);
    _throwIfOSError(
        _IONatives.sync(_Op.fileCreate, <Object?>[path, exclusive]), "Cannot create file", path);
  }

  Future<File> _delete({bool recursive = false}) {
    if (recursive) return Directory(path).delete(recursive: true).then((_) => this);
    return _dispatch(_Op.fileDelete, <Object?>[path]).then((Object? r) {
      _throwIfOSError(r, "Cannot delete file", path);
      return this;
    });
  }

  void _deleteSync({bool recursive = false}) {
    if (recursive) {
      Directory(path).deleteSync(recursive: true);
      return;
    }
    _throwIfOSError(_IONatives.sync(_Op.fileDelete, <Object?>[path]), "Cannot delete file", path);
  }

  Future<File> rename(String newPath) =>
      _dispatch(_Op.fileRename, <Object?>[path, newPath]).then((Object? r) {
        _throwIfOSError(r, "Cannot rename file to '$newPath'", path);
        return File(newPath);
      });

  File renameSync(String newPath) {
    _throwIfOSError(_IONatives.sync(_Op.fileRename, <Object?>[path, newPath]),
        "Cannot rename file to '$newPath'", path);
    return File(newPath);
  }

  Future<File> copy(String newPath) =>
      _dispatch(_Op.fileCopy, <Object?>[path, newPath]).then((Object? r) {
        _throwIfOSError(r, "Cannot copy file to '$newPath'", path);
        return File(newPath);
      });

  File copySync(String newPath) {
    _throwIfOSError(_IONatives.sync(_Op.fileCopy, <Object?>[path, newPath]),
        "Cannot copy file to '$newPath'", path);
    return File(newPath);
  }

  Future<int> length() => _dispatch(_Op.fileLength, <Object?>[path]).then((Object? r) {
        _throwIfOSError(r, "Cannot retrieve length of file", path);
        return r as int;
      });

  int lengthSync() {
    Object? r = _IONatives.sync(_Op.fileLength, <Object?>[path]);
    _throwIfOSError(r, "Cannot retrieve length of file", path);
    return r as int;
  }

  static bool _validMode(FileMode mode) =>
      identical(mode, FileMode.read) ||
      identical(mode, FileMode.write) ||
      identical(mode, FileMode.append) ||
      identical(mode, FileMode.writeOnly) ||
      identical(mode, FileMode.writeOnlyAppend);

  Future<RandomAccessFile> open({FileMode mode = FileMode.read}) {
    if (!_validMode(mode)) {
      return Future<RandomAccessFile>.error(ArgumentError('Invalid file mode for this operation'));
    }
    return _dispatch(_Op.fileOpen, <Object?>[path, mode._mode]).then((Object? r) {
      _throwIfOSError(r, "Cannot open file", path);
      return _RandomAccessFile(r as int, path);
    });
  }

  RandomAccessFile openSync({FileMode mode = FileMode.read}) {
    if (!_validMode(mode)) throw ArgumentError('Invalid file mode for this operation');
    Object? r = _IONatives.sync(_Op.fileOpen, <Object?>[path, mode._mode]);
    _throwIfOSError(r, "Cannot open file", path);
    return _RandomAccessFile(r as int, path);
  }

  Stream<List<int>> openRead([int? start, int? end]) => _FileStream(path, start, end);

  IOSink openWrite({FileMode mode = FileMode.write, Encoding encoding = utf8}) {
    if (identical(mode, FileMode.read) || !_validMode(mode)) {
      throw ArgumentError('Invalid file mode for this operation');
    }
    return _FileSink(this, mode, encoding);
  }

  Future<Uint8List> readAsBytes() {
    return open().then((RandomAccessFile file) {
      return file.length().then((int length) {
        BytesBuilder builder = BytesBuilder();
        Future<Uint8List> readRest() {
          return file.read(length == 0 ? _blockSize : length - builder.length).then((Uint8List d) {
            if (d.isEmpty || (length > 0 && builder.length + d.length == length)) {
              if (builder.isEmpty) return d;
              builder.add(d);
              return builder.takeBytes();
            }
            builder.add(d);
            return readRest();
          });
        }

        return readRest();
      }).whenComplete(file.close);
    });
  }

  Uint8List readAsBytesSync() {
    RandomAccessFile opened = openSync();
    try {
      int length = opened.lengthSync();
      BytesBuilder builder = BytesBuilder();
      while (true) {
        Uint8List data = opened.readSync(length == 0 ? _blockSize : length - builder.length);
        if (data.isEmpty || (length > 0 && builder.length + data.length == length)) {
          if (builder.isEmpty) return data;
          builder.add(data);
          return builder.takeBytes();
        }
        builder.add(data);
      }
    } finally {
      opened.closeSync();
    }
  }

  String _tryDecode(List<int> bytes, Encoding encoding) {
    try {
      return encoding.decode(bytes);
    } catch (_) {
      throw FileSystemException("Failed to decode data using encoding '${encoding.name}'", path);
    }
  }

  Future<String> readAsString({Encoding encoding = utf8}) =>
      readAsBytes().then((Uint8List bytes) => _tryDecode(bytes, encoding));

  String readAsStringSync({Encoding encoding = utf8}) =>
      _tryDecode(readAsBytesSync(), encoding);

  Future<List<String>> readAsLines({Encoding encoding = utf8}) =>
      readAsString(encoding: encoding).then((String s) => const LineSplitter().convert(s));

  List<String> readAsLinesSync({Encoding encoding = utf8}) =>
      const LineSplitter().convert(readAsStringSync(encoding: encoding));

  Future<File> writeAsBytes(List<int> bytes, {FileMode mode = FileMode.write, bool flush = false}) {
    return open(mode: mode).then((RandomAccessFile file) {
      return file.writeFrom(bytes, 0, bytes.length).then<File>((_) {
        if (flush) return file.flush().then((_) => this);
        return this;
      }).whenComplete(file.close);
    });
  }

  void writeAsBytesSync(List<int> bytes, {FileMode mode = FileMode.write, bool flush = false}) {
    RandomAccessFile opened = openSync(mode: mode);
    try {
      opened.writeFromSync(bytes, 0, bytes.length);
      if (flush) opened.flushSync();
    } finally {
      opened.closeSync();
    }
  }

  Future<File> writeAsString(String contents,
      {FileMode mode = FileMode.write, Encoding encoding = utf8, bool flush = false}) {
    try {
      return writeAsBytes(encoding.encode(contents), mode: mode, flush: flush);
    } catch (e) {
      return Future<File>.error(e);
    }
  }

  void writeAsStringSync(String contents,
      {FileMode mode = FileMode.write, Encoding encoding = utf8, bool flush = false}) {
    writeAsBytesSync(encoding.encode(contents), mode: mode, flush: flush);
  }
}

/// The stream of File.openRead: blocks of up to 64 KiB from [_start] to [_end].
class _FileStream extends Stream<List<int>> {
  final String _path;
  int _position;
  final int? _end;
  RandomAccessFile? _file;
  StreamController<List<int>>? _controller;
  bool _reading = false;
  bool _finished = false;

  _FileStream(this._path, int? start, this._end) : _position = start ?? 0;

  StreamSubscription<List<int>> listen(void onData(List<int> event)?,
      {Function? onError, void onDone()?, bool? cancelOnError}) {
    StreamController<List<int>> controller = StreamController<List<int>>(
        sync: true, onListen: _start, onResume: _readBlock, onCancel: _cancel);
    _controller = controller;
    return controller.stream
        .listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
  }

  void _start() {
    StreamController<List<int>> controller = _controller!;
    if (_position < 0) {
      controller.addError(RangeError("Bad start position: $_position"));
      controller.close();
      return;
    }
    _reading = true;
    File(_path).open().then((RandomAccessFile file) {
      _file = file;
      if (_position > 0) return file.setPosition(_position);
      return file;
    }).then((_) {
      _reading = false;
      _readBlock();
    }, onError: (Object error, StackTrace stack) {
      _reading = false;
      _fail(error, stack);
    });
  }

  void _readBlock() {
    StreamController<List<int>> controller = _controller!;
    RandomAccessFile? file = _file;
    if (_reading || _finished || file == null || controller.isPaused) return;
    int count = _blockSize;
    int? end = _end;
    if (end != null) {
      count = end - _position < count ? end - _position : count;
      if (count < 0) {
        _fail(RangeError("Bad end position: $end"), null);
        return;
      }
    }
    if (count == 0) {
      _finish();
      return;
    }
    _reading = true;
    file.read(count).then((Uint8List block) {
      _reading = false;
      if (_finished) {
        _closeFile();
        return;
      }
      _position += block.length;
      if (block.isEmpty) {
        _finish();
        return;
      }
      controller.add(block);
      if (end != null && _position >= end) {
        _finish();
        return;
      }
      _readBlock();
    }, onError: (Object error, StackTrace stack) {
      _reading = false;
      _fail(error, stack);
    });
  }

  void _fail(Object error, StackTrace? stack) {
    if (_finished) return;
    _controller!.addError(error, stack);
    _finish();
  }

  void _finish() {
    if (_finished) return;
    _finished = true;
    _closeFile();
    _controller!.close();
  }

  void _closeFile() {
    RandomAccessFile? file = _file;
    _file = null;
    if (file != null && !_reading) file.close();
  }

  void _cancel() {
    _finished = true;
    if (!_reading) _closeFile();
  }
}

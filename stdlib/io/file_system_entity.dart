// FileSystemEntity (the base of File, Directory and Link: paths, parent, absolute, type
// queries), FileSystemEntityType, FileStat, and FileSystemException with the subclasses Dart
// picks from the errno (PathNotFoundException for ENOENT, PathAccessException for EPERM and
// EACCES, PathExistsException for EEXIST), all printing exactly as the Dart VM does.

class FileSystemEntityType {
  static const FileSystemEntityType file = FileSystemEntityType._(0);
  static const FileSystemEntityType directory = FileSystemEntityType._(1);
  static const FileSystemEntityType link = FileSystemEntityType._(2);
  static const FileSystemEntityType unixDomainSock = FileSystemEntityType._(3);
  static const FileSystemEntityType pipe = FileSystemEntityType._(4);
  static const FileSystemEntityType notFound = FileSystemEntityType._(5);

  static const List<FileSystemEntityType> _types = <FileSystemEntityType>[
    file,
    directory,
    link,
    unixDomainSock,
    pipe,
    notFound
  ];

  final int _type;

  const FileSystemEntityType._(this._type);

  static FileSystemEntityType _lookup(int type) => _types[type];

  String toString() =>
      const <String>['file', 'directory', 'link', 'unixDomainSock', 'pipe', 'notFound'][_type];
}

/// The result of stat() on a path. Islet has no DateTime yet, so the times are missing;
/// type, mode, size and modeString() are as in Dart.
class FileStat {
  final FileSystemEntityType type;
  final int mode;
  final int size;
  // Local times (as Dart gives them); DateTime(0) for an entity that is not found.
  final DateTime changed;
  final DateTime modified;
  final DateTime accessed;

  FileStat._(this.type, this.mode, this.size, this.changed, this.modified, this.accessed);

  static FileStat _fromResult(Object? result) {
    if (result is! List) {
      DateTime zero = DateTime(0);
      return FileStat._(FileSystemEntityType.notFound, 0, -1, zero, zero, zero);
    }
    return FileStat._(
        FileSystemEntityType._lookup(result[0] as int),
        result[4] as int,
        result[5] as int,
        DateTime.fromMillisecondsSinceEpoch(result[1] as int),
        DateTime.fromMillisecondsSinceEpoch(result[2] as int),
        DateTime.fromMillisecondsSinceEpoch(result[3] as int));
  }

  static FileStat statSync(String path) => _fromResult(_IONatives.sync(_Op.stat, <Object?>[path]));

  static Future<FileStat> stat(String path) =>
      _dispatch(_Op.stat, <Object?>[path]).then(_fromResult);

  String modeString() {
    int permissions = mode & 0xFFF;
    const List<String> codes = <String>['---', '--x', '-w-', '-wx', 'r--', 'r-x', 'rw-', 'rwx'];
    StringBuffer result = StringBuffer();
    if ((permissions & 0x800) != 0) result.write("(suid) ");
    if ((permissions & 0x400) != 0) result.write("(guid) ");
    if ((permissions & 0x200) != 0) result.write("(sticky) ");
    result.write(codes[(permissions >> 6) & 0x7]);
    result.write(codes[(permissions >> 3) & 0x7]);
    result.write(codes[permissions & 0x7]);
    return result.toString();
  }

  String toString() => "FileStat: type $type\n"
      "          changed $changed\n"
      "          modified $modified\n"
      "          accessed $accessed\n"
      "          mode ${modeString()}\n"
      "          size $size";
}

class FileSystemException implements IOException {
  final String message;
  final String? path;
  final OSError? osError;

  const FileSystemException([this.message = "", this.path = "", this.osError]);

  /// The exception Dart throws for [err]: a subclass chosen by its errno.
  factory FileSystemException._fromOSError(OSError err, String message, String path) {
    switch (err.errorCode) {
      case 1: // EPERM
      case 13: // EACCES
        return PathAccessException(path, err, message);
      case 17: // EEXIST
        return PathExistsException(path, err, message);
      case 2: // ENOENT
        return PathNotFoundException(path, err, message);
      default:
        return FileSystemException(message, path, err);
    }
  }

  String _toStringHelper(String className) {
    StringBuffer sb = StringBuffer();
    sb.write(className);
    if (message.isNotEmpty) {
      sb.write(": $message");
      if (path != null) sb.write(", path = '$path'");
      if (osError != null) sb.write(" ($osError)");
    } else if (osError != null) {
      sb.write(": $osError");
      if (path != null) sb.write(", path = '$path'");
    } else if (path != null) {
      sb.write(": $path");
    }
    return sb.toString();
  }

  String toString() => _toStringHelper("FileSystemException");
}

class PathAccessException extends FileSystemException {
  const PathAccessException(String path, OSError osError, [String message = ""])
      : super(message, path, osError);

  String toString() => _toStringHelper("PathAccessException");
}

class PathExistsException extends FileSystemException {
  const PathExistsException(String path, OSError osError, [String message = ""])
      : super(message, path, osError);

  String toString() => _toStringHelper("PathExistsException");
}

class PathNotFoundException extends FileSystemException {
  const PathNotFoundException(String path, OSError osError, [String message = ""])
      : super(message, path, osError);

  String toString() => _toStringHelper("PathNotFoundException");
}

// Throws the exception Dart throws when an operation on [path] gave [result] = an OSError.
void _throwIfOSError(Object? result, String message, String path) {
  if (result is OSError) throw FileSystemException._fromOSError(result, message, path);
}

abstract class FileSystemEntity {
  String get path;

  Future<bool> exists();
  bool existsSync();
  Future<FileSystemEntity> rename(String newPath);
  FileSystemEntity renameSync(String newPath);
  Future<FileSystemEntity> delete({bool recursive = false}) => _delete(recursive: recursive);
  void deleteSync({bool recursive = false}) => _deleteSync(recursive: recursive);
  Future<FileSystemEntity> _delete({bool recursive = false});
  void _deleteSync({bool recursive = false});
  FileSystemEntity get absolute;

  Future<String> resolveSymbolicLinks() =>
      _dispatch(_Op.resolveLinks, <Object?>[path]).then((Object? result) {
        _throwIfOSError(result, "Cannot resolve symbolic links", path);
        return result as String;
      });

  String resolveSymbolicLinksSync() {
    Object? result = _IONatives.sync(_Op.resolveLinks, <Object?>[path]);
    _throwIfOSError(result, "Cannot resolve symbolic links", path);
    return result as String;
  }

  Future<FileStat> stat() => FileStat.stat(path);
  FileStat statSync() => FileStat.statSync(path);

  bool get isAbsolute => path.startsWith('/');

  /// A `file:` URI of [path] (relative for a relative path); a directory's ends with '/'.
  Uri get uri => Uri.file(path);

  String get _absolutePath {
    if (isAbsolute) return path;
    String current = Directory.current.path;
    if (current.endsWith('/')) return '$current$path';
    return '$current/$path';
  }

  Directory get parent => Directory(parentOf(path));

  /// The path of the directory holding [path]: everything before its last component (trailing
  /// separators ignored), '/' for a top-level absolute path, '.' for a single relative name.
  static String parentOf(String path) {
    int rootEnd = path.startsWith('/') ? 0 : -1;
    // The last separator run that has a non-separator on both sides.
    int pos = -1;
    for (int i = path.length - 2; i >= 1; i--) {
      if (path.codeUnitAt(i) == 0x2F && path.codeUnitAt(i + 1) != 0x2F) {
        int j = i;
        while (j > 0 && path.codeUnitAt(j - 1) == 0x2F) {
          j--;
        }
        if (j > 0) {
          pos = j - 1;
          break;
        }
        i = j;
      }
    }
    if (pos > rootEnd) return path.substring(0, pos + 1);
    if (rootEnd > -1) return path.substring(0, rootEnd + 1);
    return '.';
  }

  static FileSystemEntityType typeSync(String path, {bool followLinks = true}) {
    return FileSystemEntityType._lookup(
        _IONatives.sync(_Op.type, <Object?>[path, followLinks]) as int);
  }

  static Future<FileSystemEntityType> type(String path, {bool followLinks = true}) {
    return _dispatch(_Op.type, <Object?>[path, followLinks])
        .then((Object? result) => FileSystemEntityType._lookup(result as int));
  }

  static bool isLinkSync(String path) =>
      typeSync(path, followLinks: false) == FileSystemEntityType.link;
  static bool isFileSync(String path) => typeSync(path) == FileSystemEntityType.file;
  static bool isDirectorySync(String path) => typeSync(path) == FileSystemEntityType.directory;

  static Future<bool> isLink(String path) => type(path, followLinks: false)
      .then((FileSystemEntityType t) => t == FileSystemEntityType.link);
  static Future<bool> isFile(String path) =>
      type(path).then((FileSystemEntityType t) => t == FileSystemEntityType.file);
  static Future<bool> isDirectory(String path) =>
      type(path).then((FileSystemEntityType t) => t == FileSystemEntityType.directory);

  static String _ensureTrailingPathSeparators(String path) {
    if (path.isEmpty) path = '.';
    if (!path.endsWith('/')) path = '$path/';
    return path;
  }
}

// dart:isolate: Isolate, ports, capabilities and errors, over the runtime's IsolateServices
// (isolate_natives.cc). A port is a random int id; a SendPort is an object holding it (field 0,
// which the runtime reads), so it can be sent. The runtime delivers each message to
// _handleMessage, which calls the handler of the RawReceivePort owning the port.
import 'dart:async';

external int _newPort();
external void _closePort(int port);
external void _setKeepAlive(int port, bool keepAlive);
external void _sendMessage(int port, Object? message);
external List _spawn(Function entry, Object? message, bool paused, bool errorsAreFatal,
    SendPort? onExit, SendPort? onError, String? debugName, bool defaultPort);
external int _defaultPort();
external Object _spawnUri(String uri, List<String> args, Object? message, bool paused,
    bool errorsAreFatal, bool? checked, List<String>? environment, String? packageConfig,
    bool automaticPackageResolution, SendPort? onExit, SendPort? onError, String? debugName);
external String? _packageConfig();
external String? _resolvePackageUri(String uri);
external Never _exitIsolate(SendPort? port, Object? message);
external void _control(int controlPort, int op, List? capability, List? args);
external List _currentIsolate();
external List _newCapability();

// The runtime's control requests (vm/isolate_services.h, ControlOp).
const int _kKill = 0;
const int _kPause = 1;
const int _kResume = 2;
const int _kPing = 3;
const int _kAddExitListener = 4;
const int _kRemoveExitListener = 5;
const int _kAddErrorListener = 6;
const int _kRemoveErrorListener = 7;
const int _kSetErrorsFatal = 8;
const int _kDebugName = 9;

class Capability {
  factory Capability() {
    var bits = _newCapability();
    return _CapabilityImpl(bits[0], bits[1]);
  }
}

class _CapabilityImpl implements Capability {
  final int _hi;
  final int _lo;
  _CapabilityImpl(this._hi, this._lo);
  bool operator ==(Object other) => other is _CapabilityImpl && other._hi == _hi && other._lo == _lo;
  int get hashCode => (_hi ^ _lo) & 0x3fffffff;
}

List? _pairOf(Capability? c) => c is _CapabilityImpl ? [c._hi, c._lo] : null;

abstract class SendPort implements Capability {
  // [replyTo] is the 2012 API's: a ReceivePort's receive() callback gets it beside the message.
  void send(Object? message, [SendPort? replyTo]);

  // The 2012 API: sends [message] with a fresh reply port and completes with the first reply.
  Future call(Object? message);
  bool operator ==(Object other);
  int get hashCode;
}

class _SendPort implements SendPort {
  final int _id;  // Field 0: the runtime reads it.
  _SendPort(this._id);
  void send(Object? message, [SendPort? replyTo]) {
    _sendMessage(_id, replyTo == null ? message : _Envelope(message, replyTo));
  }

  Future call(Object? message) {
    var completer = Completer<Object?>();
    var reply = ReceivePort();
    reply.receive((Object? answer, SendPort? _) {
      reply.close();
      completer.complete(answer);
    });
    send(message, reply.toSendPort());
    return completer.future;
  }

  bool operator ==(Object other) => other is _SendPort && other._id == _id;
  int get hashCode => _id & 0x3fffffff;
}

abstract class RawReceivePort {
  factory RawReceivePort([Function? handler, String debugName = '']) {
    var port = _RawReceivePort(debugName);
    if (handler != null) port.handler = handler;
    return port;
  }

  set handler(Function? newHandler);
  void close();
  SendPort get sendPort;
  bool get keepIsolateAlive;
  set keepIsolateAlive(bool value);
}

// The open ports of this isolate, by id.
final Map<int, _RawReceivePort> _openPorts = <int, _RawReceivePort>{};

class _RawReceivePort implements RawReceivePort {
  final int _id;
  final String _debugName;
  Function? _handler;
  bool _keepAlive = true;
  bool _closed = false;

  _RawReceivePort(this._debugName) : _id = _newPort() {
    _openPorts[_id] = this;
  }

  // A port the runtime already made for this isolate (the 2012 API's default port).
  _RawReceivePort._existing(this._id, this._debugName) {
    _openPorts[_id] = this;
  }

  // As in Dart, not zone aware: the handler runs in the root zone, where the event loop calls
  // it (the reference: "The handler will always be invoked in the Zone.root zone").
  set handler(Function? newHandler) {
    _handler = newHandler;
  }

  void close() {
    if (_closed) return;
    _closed = true;
    _openPorts.remove(_id);
    _closePort(_id);
  }

  // One SendPort object per port, as in the Dart VM (identical(p.sendPort, p.sendPort)).
  SendPort? _sendPort;
  SendPort get sendPort => _sendPort ??= _SendPort(_id);

  bool get keepIsolateAlive => _keepAlive;
  set keepIsolateAlive(bool value) {
    _keepAlive = value;
    if (!_closed) _setKeepAlive(_id, value);
  }
}

// Called by the runtime for each message.
void _handleMessage(int port, Object? message) {
  var receiver = _openPorts[port];
  if (receiver == null) return;
  var handler = receiver._handler;
  if (handler != null) handler(message);
}

// A message sent with a reply port (2012 API): receive() callbacks get both parts, stream
// listeners only the message.
class _Envelope {
  final Object? message;
  final SendPort replyTo;
  _Envelope(this.message, this.replyTo);
}

// Called by the runtime as the first event of a spawned isolate.
void _startIsolate(Function entry, Object? message) {
  int id = _defaultPort();
  if (id != 0) _isolatePort = _ReceivePortImpl(_RawReceivePort._existing(id, ''));
  entry(message);
}

// The 2012 API's default port of this isolate (`port`): made by spawnFunction before the
// isolate ran, or on first use.
ReceivePort? _isolatePort;

ReceivePort get port => _isolatePort ??= ReceivePort();

// The 2012 API: starts [topLevelFunction] (no arguments) in a new isolate and returns the
// SendPort of that isolate's `port`.
SendPort spawnFunction(void topLevelFunction(), [bool unhandledExceptionCallback(Object e)?]) {
  var info = _spawn((Object? _) => topLevelFunction(), null, false, true, null, null, null, true);
  return _SendPort(info[3]);
}

abstract class ReceivePort implements Stream<dynamic> {
  factory ReceivePort([String debugName = '']) =>
      _ReceivePortImpl(RawReceivePort(null, debugName));

  factory ReceivePort.fromRawReceivePort(RawReceivePort rawPort) => _ReceivePortImpl(rawPort);

  StreamSubscription<dynamic> listen(void onData(var message)?,
      {Function? onError, void onDone()?, bool? cancelOnError});

  void close();
  SendPort get sendPort;

  // The 2012 API: [callback] gets each message and the port to reply to (null when the
  // sender gave none); and the port's SendPort.
  void receive(void callback(var message, SendPort? replyTo));
  SendPort toSendPort();
}

class _ReceivePortImpl extends Stream<dynamic> implements ReceivePort {
  final RawReceivePort _rawPort;
  final StreamController<dynamic> _controller;

  _ReceivePortImpl(this._rawPort) : _controller = StreamController<dynamic>(sync: true) {
    _controller.onCancel = close;
    _rawPort.handler = (Object? message) {
      _controller.add(message is _Envelope ? message.message : message);
    };
  }

  SendPort get sendPort => _rawPort.sendPort;

  SendPort toSendPort() => _rawPort.sendPort;

  void receive(void callback(var message, SendPort? replyTo)) {
    _rawPort.handler = (Object? message) {
      if (message is _Envelope) {
        callback(message.message, message.replyTo);
      } else {
        callback(message, null);
      }
    };
  }

  StreamSubscription<dynamic> listen(void onData(var message)?,
      {Function? onError, void onDone()?, bool? cancelOnError}) {
    return _controller.stream
        .listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
  }

  void close() {
    _rawPort.close();
    _controller.close();
  }
}

// dart:typed_data's Uint8List(length) (that library comes after this one, so it is reached
// through the runtime; isolate_natives.cc).
external Object _newUint8List(int length);

abstract class TransferableTypedData {
  // The bytes of every element of [list] (each a TypedData), one after the other, copied now.
  factory TransferableTypedData.fromList(List<Object> list) = _TransferableTypedData.fromList;

  // The bytes as a ByteBuffer, once: the object is empty afterwards, and also once sent.
  materialize();
}

class _TransferableTypedData implements TransferableTypedData {
  // Field 0, a Uint8List, or null once materialized or sent: the message copier reads it,
  // refuses to send an empty one, and empties the sender's when a message with it is copied.
  dynamic _bytes;

  _TransferableTypedData.fromList(List<Object> list) {
    int total = 0;
    for (dynamic data in list) {
      total += data.lengthInBytes as int;
    }
    dynamic bytes = _newUint8List(total);
    int at = 0;
    for (dynamic data in list) {
      int length = data.lengthInBytes;
      bytes.setRange(at, at + length, data.buffer.asUint8List(data.offsetInBytes, length));
      at += length;
    }
    _bytes = bytes;
  }

  materialize() {
    var bytes = _bytes;
    if (bytes == null) {
      throw ArgumentError("Attempt to materialize object that was transferred already.");
    }
    _bytes = null;
    return bytes.buffer;
  }
}

class RemoteError implements Error {
  final String _description;
  final StackTrace stackTrace;
  RemoteError(String description, String stackDescription)
      : _description = description,
        stackTrace = StackTrace.fromString(stackDescription);
  String toString() => _description;
}

class IsolateSpawnException implements Exception {
  final String message;
  IsolateSpawnException(this.message);
  String toString() => "IsolateSpawnException: $message";
}

class Isolate {
  static const int immediate = 0;
  static const int beforeNextEvent = 1;

  final SendPort controlPort;
  final Capability? pauseCapability;
  final Capability? terminateCapability;

  Isolate(this.controlPort, {this.pauseCapability, this.terminateCapability});

  static Isolate _fromInfo(List info) {
    List pause = info[1];
    List terminate = info[2];
    return Isolate(_SendPort(info[0]),
        pauseCapability: _CapabilityImpl(pause[0], pause[1]),
        terminateCapability: _CapabilityImpl(terminate[0], terminate[1]));
  }

  // One object per isolate, as in Dart (identical(Isolate.current, Isolate.current)).
  static Isolate? _current;
  static Isolate get current => _current ??= _fromInfo(_currentIsolate());

  // As in the Dart VM, the name of the isolate the control port belongs to, looked up each time:
  // null once that isolate has ended.
  String? get debugName => _control(_controlId, _kDebugName, null, null) as String?;

  int get _controlId => (controlPort as _SendPort)._id;

  static Future<Isolate> spawn<T>(void entryPoint(T message), T message,
      {bool paused = false,
      bool errorsAreFatal = true,
      SendPort? onExit,
      SendPort? onError,
      String? debugName}) {
    try {
      var info =
          _spawn(entryPoint, message, paused, errorsAreFatal, onExit, onError, debugName, false);
      return Future<Isolate>.value(_fromInfo(info));
    } catch (e, s) {
      return Future<Isolate>.error(e, s);
    }
  }

  // Loads the program at [uri] into a new isolate group and runs its main with [args] and
  // [message] (as many of them as main takes). A program that cannot be loaded fails the
  // future with IsolateSpawnException; an unsendable message, with ArgumentError.
  static Future<Isolate> spawnUri(Uri uri, List<String> args, var message,
      {bool paused = false,
      SendPort? onExit,
      SendPort? onError,
      bool errorsAreFatal = true,
      bool? checked,
      Map<String, String>? environment,
      Uri? packageRoot,
      Uri? packageConfig,
      bool automaticPackageResolution = false,
      String? debugName}) {
    try {
      if (packageRoot != null) {
        throw ArgumentError("packageRoot is no longer supported");
      }
      if (packageConfig != null && automaticPackageResolution) {
        throw ArgumentError("Cannot simultaneously request automaticPackageResolution and "
            "specify a packageConfig.");
      }
      for (var arg in args) {
        if (arg is! String) throw ArgumentError.value(args, "args", "must be a list of strings");
      }
      List<String>? flatEnvironment;
      if (environment != null) {
        flatEnvironment = <String>[];
        environment.forEach((key, value) {
          flatEnvironment!..add(key)..add(value);
        });
      }
      var result = _spawnUri(
          uri.toString(),
          List<String>.of(args),
          message,
          paused,
          errorsAreFatal,
          checked,
          flatEnvironment,
          packageConfig?.toString(),
          automaticPackageResolution,
          onExit,
          onError,
          debugName);
      if (result is String) throw IsolateSpawnException(result);
      return Future<Isolate>.value(_fromInfo(result as List));
    } catch (e, s) {
      return Future<Isolate>.error(e, s);
    }
  }

  static Future<Uri?> get packageConfig => Future<Uri?>.value(packageConfigSync);

  static Uri? get packageConfigSync {
    String? uri = _packageConfig();
    return uri == null ? null : Uri.parse(uri);
  }

  static Future<Uri?> resolvePackageUri(Uri packageUri) =>
      Future<Uri?>.value(resolvePackageUriSync(packageUri));

  static Uri? resolvePackageUriSync(Uri packageUri) {
    if (!packageUri.isScheme("package")) return packageUri;
    String? resolved = _resolvePackageUri(packageUri.toString());
    return resolved == null ? null : Uri.parse(resolved);
  }

  static Never exit([SendPort? finalMessagePort, Object? message]) {
    _exitIsolate(finalMessagePort, message);
  }

  void kill({int priority = beforeNextEvent}) {
    _control(_controlId, _kKill, _pairOf(terminateCapability), [priority]);
  }

  Capability pause([Capability? resumeCapability]) {
    resumeCapability ??= Capability();
    _control(_controlId, _kPause, _pairOf(pauseCapability), [_pairOf(resumeCapability)]);
    return resumeCapability;
  }

  void resume(Capability resumeCapability) {
    _control(_controlId, _kResume, _pairOf(pauseCapability), [_pairOf(resumeCapability)]);
  }

  void ping(SendPort responsePort, {Object? response, int priority = immediate}) {
    _control(_controlId, _kPing, null, [(responsePort as _SendPort)._id, response, priority]);
  }

  void addOnExitListener(SendPort responsePort, {Object? response}) {
    _control(_controlId, _kAddExitListener, null, [(responsePort as _SendPort)._id, response]);
  }

  void removeOnExitListener(SendPort responsePort) {
    _control(_controlId, _kRemoveExitListener, null, [(responsePort as _SendPort)._id]);
  }

  void addErrorListener(SendPort port) {
    _control(_controlId, _kAddErrorListener, null, [(port as _SendPort)._id]);
  }

  void removeErrorListener(SendPort port) {
    _control(_controlId, _kRemoveErrorListener, null, [(port as _SendPort)._id]);
  }

  void setErrorsFatal(bool errorsAreFatal) {
    _control(_controlId, _kSetErrorsFatal, _pairOf(terminateCapability), [errorsAreFatal]);
  }

  Stream get errors {
    StreamController controller = StreamController.broadcast(sync: true);
    RawReceivePort? port;
    void handleError(Object? message) {
      var listMessage = message as List<Object?>;
      var errorDescription = listMessage[0] as String;
      var stackDescription = listMessage[1] as String;
      var error = RemoteError(errorDescription, stackDescription);
      controller.addError(error, error.stackTrace);
    }

    controller.onListen = () {
      RawReceivePort receivePort = RawReceivePort(handleError);
      port = receivePort;
      this.addErrorListener(receivePort.sendPort);
    };
    controller.onCancel = () {
      var listenPort = port!;
      port = null;
      this.removeErrorListener(listenPort.sendPort);
      listenPort.close();
    };
    return controller.stream;
  }

  static Future<R> run<R>(FutureOr<R> computation(), {String? debugName}) {
    var result = Completer<R>();
    var resultPort = RawReceivePort();
    resultPort.handler = (response) {
      resultPort.close();
      if (response == null) {
        // The exit listener's message: the isolate ended without sending a result.
        result.completeError(
            RemoteError("Computation ended without result", ""), StackTrace.empty);
        return;
      }
      var list = response as List<Object?>;
      if (list.length == 2) {
        var remoteError = list[0];
        var remoteStack = list[1];
        if (remoteStack is StackTrace) {
          // The computation threw: the error itself came over.
          result.completeError(remoteError!, remoteStack);
        } else {
          // An uncaught asynchronous error (the error listener's strings).
          var error = RemoteError(remoteError.toString(), remoteStack.toString());
          result.completeError(error, error.stackTrace);
        }
      } else {
        result.complete(list[0] as R);
      }
    };
    try {
      Isolate.spawn(_RemoteRunner._remoteExecute, _RemoteRunner<R>(computation, resultPort.sendPort),
              onError: resultPort.sendPort,
              onExit: resultPort.sendPort,
              errorsAreFatal: true,
              debugName: debugName)
          .then<void>((_) {}, onError: (error, stack) {
        resultPort.close();
        result.completeError(error, stack);
      });
    } on Object {
      resultPort.close();
      rethrow;
    }
    return result.future;
  }
}

class _RemoteRunner<R> {
  final FutureOr<R> Function() computation;
  final SendPort resultPort;

  _RemoteRunner(this.computation, this.resultPort);

  static void _remoteExecute(_RemoteRunner<Object?> runner) {
    runner._run();
  }

  // As the Dart VM's: a result or error that cannot be sent makes Isolate.exit throw, and that
  // ArgumentError, uncaught, reaches the caller as a RemoteError through the error listener.
  void _run() async {
    Object? result;
    try {
      var potentiallyAsyncResult = computation();
      if (potentiallyAsyncResult is Future) {
        result = await potentiallyAsyncResult;
      } else {
        result = potentiallyAsyncResult;
      }
    } catch (e, s) {
      Isolate.exit(resultPort, List<Object?>.filled(2, e)..[1] = s);
    }
    Isolate.exit(resultPort, List<Object?>.filled(1, result));
  }
}

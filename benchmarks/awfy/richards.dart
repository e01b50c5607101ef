// richards.dart: the Are We Fast Yet Richards benchmark in Dart, ported from the suite's
// versions (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java,Lua}), which derive from Mario
// Wolczko's Smalltalk Richards via SOM (license: his archived java_benchmarking page, linked from
// the suite's files). An operating-system scheduler simulation whose tasks pass packets; measures
// method and closure calls, field access and polymorphism. The disabled tracing code is left out.

import 'benchmark.dart';

const int idler = 0;
const int worker = 1;
const int handlerA = 2;
const int handlerB = 3;
const int deviceA = 4;
const int deviceB = 5;
const int numTypes = 6;

const int devicePacketKind = 0;
const int workPacketKind = 1;

const int dataSize = 4;

/// The work of a task: answers the task to run next (null when none is ready).
typedef ProcessFunction = TaskControlBlock? Function(Packet? work, RBObject word);

class Richards extends Benchmark {
  @override
  Object benchmark() => Scheduler().start();

  @override
  bool verifyResult(Object result) => result as bool;
}

class RBObject {
  Packet append(Packet packet, Packet? queueHead) {
    packet.link = null;
    if (queueHead == null) {
      return packet;
    }

    var mouse = queueHead;
    var link = mouse.link;
    while (link != null) {
      mouse = link;
      link = mouse.link;
    }
    mouse.link = packet;
    return queueHead;
  }
}

class Scheduler extends RBObject {
  TaskControlBlock? _taskList;
  TaskControlBlock? _currentTask;
  int _currentTaskIdentity = 0;
  final List<TaskControlBlock?> _taskTable = List<TaskControlBlock?>.filled(numTypes, null);
  int _queuePacketCount = 0;
  int _holdCount = 0;

  void createDevice(int identity, int priority, Packet? workPacket, TaskState state) {
    final data = DeviceTaskDataRecord();

    createTask(identity, priority, workPacket, state, data, (Packet? workArg, RBObject wordArg) {
      final dataRecord = wordArg as DeviceTaskDataRecord;
      var functionWork = workArg;
      if (functionWork == null) {
        functionWork = dataRecord.pending;
        if (functionWork == null) {
          return markWaiting();
        } else {
          dataRecord.pending = null;
          return queuePacket(functionWork);
        }
      } else {
        dataRecord.pending = functionWork;
        return holdSelf();
      }
    });
  }

  void createHandler(int identity, int priority, Packet? workPacket, TaskState state) {
    final data = HandlerTaskDataRecord();

    createTask(identity, priority, workPacket, state, data, (Packet? work, RBObject word) {
      final dataRecord = word as HandlerTaskDataRecord;
      if (work != null) {
        if (work.kind == workPacketKind) {
          dataRecord.workInAdd(work);
        } else {
          dataRecord.deviceInAdd(work);
        }
      }

      final workPacket = dataRecord.workIn;
      if (workPacket == null) {
        return markWaiting();
      } else {
        final count = workPacket.datum;
        if (count >= dataSize) {
          dataRecord.workIn = workPacket.link;
          return queuePacket(workPacket);
        } else {
          final devicePacket = dataRecord.deviceIn;
          if (devicePacket == null) {
            return markWaiting();
          } else {
            dataRecord.deviceIn = devicePacket.link;
            devicePacket.datum = workPacket.data[count];
            workPacket.datum = count + 1;
            return queuePacket(devicePacket);
          }
        }
      }
    });
  }

  void createIdler(int identity, int priority, Packet? work, TaskState state) {
    final data = IdleTaskDataRecord();

    createTask(identity, priority, work, state, data, (Packet? workArg, RBObject wordArg) {
      final dataRecord = wordArg as IdleTaskDataRecord;
      dataRecord.count -= 1;
      if (dataRecord.count == 0) {
        return holdSelf();
      } else {
        if ((dataRecord.control & 1) == 0) {
          dataRecord.control = dataRecord.control ~/ 2;
          return release(deviceA);
        } else {
          dataRecord.control = (dataRecord.control ~/ 2) ^ 53256;
          return release(deviceB);
        }
      }
    });
  }

  Packet createPacket(Packet? link, int identity, int kind) => Packet(link, identity, kind);

  void createTask(int identity, int priority, Packet? work, TaskState state, RBObject data,
      ProcessFunction fn) {
    final t = TaskControlBlock(_taskList, identity, priority, work, state, data, fn);
    _taskList = t;
    _taskTable[identity] = t;
  }

  void createWorker(int identity, int priority, Packet? workPacket, TaskState state) {
    final dataRecord = WorkerTaskDataRecord();

    createTask(identity, priority, workPacket, state, dataRecord, (Packet? work, RBObject word) {
      final data = word as WorkerTaskDataRecord;
      if (work == null) {
        return markWaiting();
      } else {
        data.destination = (handlerA == data.destination) ? handlerB : handlerA;
        work.identity = data.destination;
        work.datum = 0;
        for (var i = 0; i < dataSize; i++) {
          data.count += 1;
          if (data.count > 26) {
            data.count = 1;
          }
          work.data[i] = 65 + data.count - 1;
        }
        return queuePacket(work);
      }
    });
  }

  bool start() {
    Packet workQ;

    createIdler(idler, 0, null, TaskState.createRunning());
    workQ = createPacket(null, worker, workPacketKind);
    workQ = createPacket(workQ, worker, workPacketKind);

    createWorker(worker, 1000, workQ, TaskState.createWaitingWithPacket());
    workQ = createPacket(null, deviceA, devicePacketKind);
    workQ = createPacket(workQ, deviceA, devicePacketKind);
    workQ = createPacket(workQ, deviceA, devicePacketKind);

    createHandler(handlerA, 2000, workQ, TaskState.createWaitingWithPacket());
    workQ = createPacket(null, deviceB, devicePacketKind);
    workQ = createPacket(workQ, deviceB, devicePacketKind);
    workQ = createPacket(workQ, deviceB, devicePacketKind);

    createHandler(handlerB, 3000, workQ, TaskState.createWaitingWithPacket());
    createDevice(deviceA, 4000, null, TaskState.createWaiting());
    createDevice(deviceB, 5000, null, TaskState.createWaiting());

    schedule();

    return _queuePacketCount == 23246 && _holdCount == 9297;
  }

  TaskControlBlock findTask(int identity) {
    final t = _taskTable[identity];
    if (t == null) {
      throw StateError('findTask failed');
    }
    return t;
  }

  TaskControlBlock? holdSelf() {
    _holdCount += 1;
    final current = _currentTask!;
    current.setTaskHolding(true);
    return current.link;
  }

  TaskControlBlock queuePacket(Packet packet) {
    final t = findTask(packet.identity);
    _queuePacketCount += 1;

    packet.link = null;
    packet.identity = _currentTaskIdentity;
    return t.addInputAndCheckPriority(packet, _currentTask!);
  }

  TaskControlBlock release(int identity) {
    final t = findTask(identity);
    t.setTaskHolding(false);
    final current = _currentTask!;
    if (t.priority > current.priority) {
      return t;
    } else {
      return current;
    }
  }

  TaskControlBlock markWaiting() {
    final current = _currentTask!;
    current.setTaskWaiting(true);
    return current;
  }

  void schedule() {
    _currentTask = _taskList;
    while (_currentTask != null) {
      final task = _currentTask!;
      if (task.isTaskHoldingOrWaiting()) {
        _currentTask = task.link;
      } else {
        _currentTaskIdentity = task.identity;
        _currentTask = task.runTask();
      }
    }
  }
}

class DeviceTaskDataRecord extends RBObject {
  Packet? pending;
}

class HandlerTaskDataRecord extends RBObject {
  Packet? workIn;
  Packet? deviceIn;

  void deviceInAdd(Packet packet) {
    deviceIn = append(packet, deviceIn);
  }

  void workInAdd(Packet packet) {
    workIn = append(packet, workIn);
  }
}

class IdleTaskDataRecord extends RBObject {
  int control = 1;
  int count = 10000;
}

class Packet extends RBObject {
  Packet? link;
  int identity;
  final int kind;
  int datum = 0;
  final List<int> data = List<int>.filled(dataSize, 0);

  Packet(this.link, this.identity, this.kind);
}

class TaskState extends RBObject {
  bool _packetPending = false;
  bool _taskWaiting = false;
  bool _taskHolding = false;

  bool isPacketPending() => _packetPending;
  bool isTaskHolding() => _taskHolding;
  bool isTaskWaiting() => _taskWaiting;

  void setTaskHolding(bool b) {
    _taskHolding = b;
  }

  void setTaskWaiting(bool b) {
    _taskWaiting = b;
  }

  void setPacketPending(bool b) {
    _packetPending = b;
  }

  void packetPending() {
    _packetPending = true;
    _taskWaiting = false;
    _taskHolding = false;
  }

  void running() {
    _packetPending = false;
    _taskWaiting = false;
    _taskHolding = false;
  }

  void waiting() {
    _packetPending = false;
    _taskHolding = false;
    _taskWaiting = true;
  }

  void waitingWithPacket() {
    _taskHolding = false;
    _taskWaiting = true;
    _packetPending = true;
  }

  bool isRunning() => !_packetPending && !_taskWaiting && !_taskHolding;

  bool isTaskHoldingOrWaiting() => _taskHolding || (!_packetPending && _taskWaiting);

  bool isWaiting() => !_packetPending && _taskWaiting && !_taskHolding;

  bool isWaitingWithPacket() => _packetPending && _taskWaiting && !_taskHolding;

  static TaskState createPacketPending() => TaskState()..packetPending();

  static TaskState createRunning() => TaskState()..running();

  static TaskState createWaiting() => TaskState()..waiting();

  static TaskState createWaitingWithPacket() => TaskState()..waitingWithPacket();
}

class TaskControlBlock extends TaskState {
  final TaskControlBlock? link;
  final int identity;
  final int priority;
  Packet? _input;
  final RBObject _handle;
  final ProcessFunction _function;

  TaskControlBlock(this.link, this.identity, this.priority, this._input, TaskState initialState,
      this._handle, this._function) {
    setPacketPending(initialState.isPacketPending());
    setTaskWaiting(initialState.isTaskWaiting());
    setTaskHolding(initialState.isTaskHolding());
  }

  TaskControlBlock addInputAndCheckPriority(Packet packet, TaskControlBlock oldTask) {
    if (_input == null) {
      _input = packet;
      setPacketPending(true);
      if (priority > oldTask.priority) {
        return this;
      }
    } else {
      _input = append(packet, _input);
    }
    return oldTask;
  }

  TaskControlBlock? runTask() {
    Packet? message;
    if (isWaitingWithPacket()) {
      message = _input;
      _input = message!.link;
      if (_input == null) {
        running();
      } else {
        packetPending();
      }
    } else {
      message = null;
    }
    return _function(message, _handle);
  }
}

class WorkerTaskDataRecord extends RBObject {
  int destination = handlerA;
  int count = 0;
}

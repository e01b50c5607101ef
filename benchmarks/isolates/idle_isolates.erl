#!/usr/bin/env escript
%% Twin of idle_isolates.dart on Erlang processes: spawns Count processes that each report once
%% and then wait in receive forever; prints the time to create them, the growth of the OS
%% process's RSS (from /proc) and that growth per process, and halts.
%% Usage: escript idle_isolates.erl [Count]   (default 10000)
%%! +P 1048576
-mode(compile).

main(Args) ->
    Count = case Args of [N] -> list_to_integer(N); [] -> 10000 end,
    Parent = self(),
    RssBefore = rss(),
    Started = erlang:monotonic_time(microsecond),
    [spawn(fun() -> Parent ! up, receive stop -> ok end end) || _ <- lists:seq(1, Count)],
    wait(Count),
    CreateMs = (erlang:monotonic_time(microsecond) - Started) div 1000,
    Delta = rss() - RssBefore,
    io:format("result: count=~b create_ms=~b rss_delta_mb=~b per_isolate_kb=~.1f~n",
              [Count, CreateMs, Delta div (1024 * 1024), Delta / 1024 / Count]),
    halt(0).

wait(0) -> ok;
wait(K) -> receive up -> wait(K - 1) end.

%% VmRSS of this OS process, in bytes.
rss() ->
    {ok, Status} = file:read_file("/proc/self/status"),
    {match, [Kb]} = re:run(Status, "VmRSS:\\s+(\\d+) kB", [{capture, all_but_first, list}]),
    list_to_integer(Kb) * 1024.

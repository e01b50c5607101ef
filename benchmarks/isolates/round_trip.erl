#!/usr/bin/env escript
%% Twin of round_trip.dart on Erlang processes: the main process and an echo process pass a
%% small int back and forth Count times; prints the mean time of one round trip.
%% Usage: escript round_trip.erl [Count]   (default 100000)
-mode(compile).

main(Args) ->
    Count = case Args of [N] -> list_to_integer(N); [] -> 100000 end,
    Echo = spawn(fun echo/0),
    Started = erlang:monotonic_time(nanosecond),
    loop(Echo, 1, Count),
    Nanos = erlang:monotonic_time(nanosecond) - Started,
    Echo ! stop,
    io:format("result: round_trips=~b round_trip_us=~.2f~n", [Count, Nanos / 1000 / Count]).

loop(_, I, Count) when I > Count -> ok;
loop(Echo, I, Count) ->
    Echo ! {self(), I},
    receive I -> loop(Echo, I + 1, Count) end.

echo() ->
    receive
        {From, I} -> From ! I, echo();
        stop -> ok
    end.

escape_mutex_waitgroup.go:9:6: moved to heap: mu
escape_mutex_waitgroup.go:10:6: moved to heap: wg
escape_mutex_waitgroup.go:11:2: moved to heap: total
escape_mutex_waitgroup.go:15:6: func literal escapes to heap
escape_mutex_waitgroup.go:27:13: ... argument does not escape
escape_mutex_waitgroup.go:27:18: work() escapes to heap

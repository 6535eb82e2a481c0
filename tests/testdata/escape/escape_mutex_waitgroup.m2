escape_mutex_waitgroup.go:10:6: wg escapes to heap:
escape_mutex_waitgroup.go:10:6:   flow: {heap} = &wg:
escape_mutex_waitgroup.go:10:6:     from wg (address-of) at escape_mutex_waitgroup.go:13:5
escape_mutex_waitgroup.go:10:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at escape_mutex_waitgroup.go:13:9
escape_mutex_waitgroup.go:15:6: func literal escapes to heap:
escape_mutex_waitgroup.go:15:6:   flow: {heap} = &{storage for func literal}:
escape_mutex_waitgroup.go:15:6:     from func literal (spill) at escape_mutex_waitgroup.go:15:6
escape_mutex_waitgroup.go:9:6: mu escapes to heap:
escape_mutex_waitgroup.go:9:6:   flow: {heap} = &mu:
escape_mutex_waitgroup.go:9:6:     from mu (address-of) at escape_mutex_waitgroup.go:16:6
escape_mutex_waitgroup.go:9:6:     from (*sync.Mutex).Lock(mu) (call parameter) at escape_mutex_waitgroup.go:16:11
escape_mutex_waitgroup.go:9:6: mu escapes to heap:
escape_mutex_waitgroup.go:9:6:   flow: {heap} = &mu:
escape_mutex_waitgroup.go:9:6:     from mu (address-of) at escape_mutex_waitgroup.go:18:6
escape_mutex_waitgroup.go:9:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at escape_mutex_waitgroup.go:18:13
escape_mutex_waitgroup.go:10:6: wg escapes to heap:
escape_mutex_waitgroup.go:10:6:   flow: {heap} = &wg:
escape_mutex_waitgroup.go:10:6:     from wg (address-of) at escape_mutex_waitgroup.go:19:6
escape_mutex_waitgroup.go:10:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at escape_mutex_waitgroup.go:19:11
escape_mutex_waitgroup.go:10:6: wg escapes to heap:
escape_mutex_waitgroup.go:10:6:   flow: {heap} = &wg:
escape_mutex_waitgroup.go:10:6:     from wg (address-of) at escape_mutex_waitgroup.go:22:4
escape_mutex_waitgroup.go:10:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at escape_mutex_waitgroup.go:22:9
escape_mutex_waitgroup.go:9:6: work capturing by ref: mu (addr=true assign=false width=8)
escape_mutex_waitgroup.go:9:6: mu escapes to heap:
escape_mutex_waitgroup.go:9:6:   flow: {storage for func literal} = &mu:
escape_mutex_waitgroup.go:9:6:     from mu (captured by a closure) at escape_mutex_waitgroup.go:16:4
escape_mutex_waitgroup.go:9:6:     from mu (reference) at escape_mutex_waitgroup.go:16:4
escape_mutex_waitgroup.go:14:3: work capturing by value: v (addr=false assign=false width=8)
escape_mutex_waitgroup.go:11:2: work capturing by ref: total (addr=false assign=true width=8)
escape_mutex_waitgroup.go:11:2: total escapes to heap:
escape_mutex_waitgroup.go:11:2:   flow: {storage for func literal} = &total:
escape_mutex_waitgroup.go:11:2:     from total (captured by a closure) at escape_mutex_waitgroup.go:17:4
escape_mutex_waitgroup.go:11:2:     from total (reference) at escape_mutex_waitgroup.go:17:4
escape_mutex_waitgroup.go:10:6: work capturing by ref: wg (addr=true assign=false width=16)
escape_mutex_waitgroup.go:10:6: wg escapes to heap:
escape_mutex_waitgroup.go:10:6:   flow: {storage for func literal} = &wg:
escape_mutex_waitgroup.go:10:6:     from wg (captured by a closure) at escape_mutex_waitgroup.go:19:4
escape_mutex_waitgroup.go:10:6:     from wg (reference) at escape_mutex_waitgroup.go:19:4
escape_mutex_waitgroup.go:9:6: moved to heap: mu
escape_mutex_waitgroup.go:10:6: moved to heap: wg
escape_mutex_waitgroup.go:11:2: moved to heap: total
escape_mutex_waitgroup.go:15:6: func literal escapes to heap
escape_mutex_waitgroup.go:27:18: work() escapes to heap:
escape_mutex_waitgroup.go:27:18:   flow: {storage for ... argument} = &{storage for work()}:
escape_mutex_waitgroup.go:27:18:     from work() (spill) at escape_mutex_waitgroup.go:27:18
escape_mutex_waitgroup.go:27:18:     from ... argument (slice-literal-element) at escape_mutex_waitgroup.go:27:13
escape_mutex_waitgroup.go:27:18:   flow: {heap} = {storage for ... argument}:
escape_mutex_waitgroup.go:27:18:     from ... argument (spill) at escape_mutex_waitgroup.go:27:13
escape_mutex_waitgroup.go:27:18:     from fmt.Println(... argument...) (call parameter) at escape_mutex_waitgroup.go:27:13
escape_mutex_waitgroup.go:27:13: ... argument does not escape
escape_mutex_waitgroup.go:27:18: work() escapes to heap

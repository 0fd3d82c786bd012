# Started by unshare as root inside new mount, network, PID, IPC and UTS namespaces. Makes every mount read-only
# except the work folder, shows the installed package read-only inside it, then runs the server as nobody with
# no capabilities. Arguments: work folder, package folder ("" for none), the server's command and arguments.
set -e
work=$1
package=$2
shift 2
mount --make-rprivate /
mount --bind "$work" "$work"
chown -R 65534:65534 "$work"
if [ -n "$package" ]; then
  mkdir -p "$work/package"
  mount --bind "$package" "$work/package"
fi
awk '{ print $5 }' /proc/self/mountinfo | sort -u | while read -r escaped; do
  point=$(printf '%b' "$escaped")
  case "$point" in
    "$work"|/proc|/proc/*) continue ;;
  esac
  mount -o remount,bind,ro "$point" 2>/dev/null || echo "sandbox: could not make $point read-only" >&2
done
exec setpriv --reuid=65534 --regid=65534 --clear-groups --no-new-privs --inh-caps=-all --bounding-set=-all -- "$@"

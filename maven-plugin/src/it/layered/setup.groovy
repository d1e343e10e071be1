// Review dates must lie within the twelve months before the build: date the local entries today.
import java.time.LocalDate
import java.time.ZoneOffset

def today = LocalDate.now(ZoneOffset.UTC).toString()
new File(basedir, 'our-catalogue').eachFileRecurse { file ->
    if (file.isFile()) {
        file.text = file.getText('UTF-8').replace('@today@', today)
    }
}
return true

// The seed report (examples/data) into src/lkjip of the cloned sample project; seedReport and
// seedWorkbook are script variables from the invoker configuration.
import java.nio.file.Files

File reports = new File(basedir, 'src/lkjip')
reports.mkdirs()
Files.copy(new File(seedReport).toPath(), new File(reports, 'tebing-tinggi-2022.json').toPath())
return true
